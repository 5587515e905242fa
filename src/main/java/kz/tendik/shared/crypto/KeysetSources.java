package kz.tendik.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Decides where the keys come from, in this order: the environment variables {@code TENDIK_AEAD_KEYSET} and
 * {@code TENDIK_INDEX_KEYSET}; the directory {@code tendik.crypto.keyset-dir} ({@code TENDIK_KEYSET_DIR});
 * throw-away keys in a temporary directory for tests ({@code tendik.embedded.ephemeral=true}); demo keys created
 * beside the embedded database's data ({@code ./data/keys}). Anything else refuses to start.
 */
final class KeysetSources {

    static final String DIRECTORY_PROPERTY = "tendik.crypto.keyset-dir";
    static final String DIRECTORY_VARIABLE = "TENDIK_KEYSET_DIR";
    static final String GENERATE_PROPERTY = "tendik.crypto.generate-missing";
    private static Path ephemeral;

    private KeysetSources() {
    }

    static KeysetSource choose(Environment environment) {
        String aead = environment.getProperty(KeyPurpose.AEAD.environmentVariable());
        String index = environment.getProperty(KeyPurpose.INDEX.environmentVariable());
        if (StringUtils.hasText(aead) || StringUtils.hasText(index)) {
            if (!StringUtils.hasText(aead) || !StringUtils.hasText(index)) {
                String missing = StringUtils.hasText(aead) ? "TENDIK_INDEX_KEYSET" : "TENDIK_AEAD_KEYSET";
                throw new MissingKeysException(missing + " is not set: give both keysets, not one.");
            }
            return new EnvironmentKeysetSource(aead, index);
        }
        boolean embedded = environment.getProperty("tendik.database.embedded", Boolean.class, false);
        boolean generate = environment.getProperty(GENERATE_PROPERTY, Boolean.class, false);
        String directory = environment.getProperty(DIRECTORY_PROPERTY, environment.getProperty(DIRECTORY_VARIABLE, ""));
        if (StringUtils.hasText(directory)) {
            return new DirectoryKeysetSource(Path.of(directory), generate || embedded, null, embedded ? "demo" : "new");
        }
        if (environment.getProperty("tendik.embedded.ephemeral", Boolean.class, false)) {
            return new DirectoryKeysetSource(ephemeralDirectory(), true, null, "throw-away test");
        }
        if (embedded) {
            Path data = Path.of(environment.getProperty("tendik.embedded.data-dir", "./data/postgres"));
            return new DirectoryKeysetSource(data.toAbsolutePath().normalize().resolveSibling("keys"), true, null, "demo");
        }
        throw new MissingKeysException("No encryption keys are configured, and this run does not use the embedded"
                + " demo database (tendik.database.embedded=false), so none are created.");
    }

    /** One set of throw-away keys per JVM, shared by every test context like the ephemeral database. */
    private static synchronized Path ephemeralDirectory() {
        if (ephemeral == null) {
            try {
                ephemeral = Files.createTempDirectory("tendik-keys-").resolve("keys");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeral;
    }
}
