package kz.tendik.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keysets as Tink JSON files ({@code aead.json}, {@code index.json}) in one directory, readable by the owner only.
 * Without a wrapping {@code Aead} the files are cleartext; with one (e.g. from a KMS client) they are stored
 * encrypted under it. Writes go to a temporary file that is then moved into place atomically.
 */
public final class DirectoryKeysetSource implements KeysetSource {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryKeysetSource.class);

    private final Path directory;
    private final boolean createMissing;
    private final Aead wrapping;
    private final String kind;

    /**
     * @param createMissing generate both keysets when neither file exists (demo and test runs, or a first
     *                      production start that opted in)
     * @param wrapping      a key-encryption key for the stored keysets, or {@code null} for cleartext files
     */
    public DirectoryKeysetSource(Path directory, boolean createMissing, Aead wrapping) {
        this(directory, createMissing, wrapping, "new");
    }

    /** @param kind what created keys are, for the log line ("demo", "throw-away test") */
    DirectoryKeysetSource(Path directory, boolean createMissing, Aead wrapping, String kind) {
        this.directory = directory.toAbsolutePath().normalize();
        this.createMissing = createMissing;
        this.wrapping = wrapping;
        this.kind = kind;
    }

    @Override
    public synchronized KeysetHandle load(KeyPurpose purpose) throws GeneralSecurityException {
        createIfMissing();
        Path file = directory.resolve(purpose.fileName());
        if (!Files.isRegularFile(file)) {
            throw new MissingKeysException("The keyset " + file + " is missing (the other one is there)."
                    + " Restore it from the backup: data encrypted or indexed with the lost keyset cannot be read.");
        }
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            return wrapping == null
                    ? TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                    : TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, wrapping, associatedData(purpose));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the keyset " + file, e);
        }
    }

    @Override
    public synchronized void save(KeyPurpose purpose, KeysetHandle keyset) throws GeneralSecurityException {
        String json = wrapping == null
                ? TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get())
                : TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, wrapping, associatedData(purpose));
        Path target = directory.resolve(purpose.fileName());
        try {
            Path temporary = ownerOnlyFile(directory.resolve("." + purpose.fileName() + ".new"));
            Files.writeString(temporary, json, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the keyset " + target, e);
        }
    }

    @Override
    public String description() {
        return "directory " + directory;
    }

    public Path directory() {
        return directory;
    }

    private void createIfMissing() throws GeneralSecurityException {
        boolean noAead = !Files.exists(directory.resolve(KeyPurpose.AEAD.fileName()));
        boolean noIndex = !Files.exists(directory.resolve(KeyPurpose.INDEX.fileName()));
        if (!(noAead && noIndex)) {
            return;
        }
        if (!createMissing) {
            throw new MissingKeysException("No keysets in " + directory + ".");
        }
        Keyring.registerTink();
        try {
            Files.createDirectories(directory);
            restrictToOwner(directory, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the key directory " + directory, e);
        }
        save(KeyPurpose.AEAD, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        save(KeyPurpose.INDEX, KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        LOG.warn("Created {} encryption keys in {} (aead.json, index.json; owner-only). Back them up: without them"
                + " the personal data stored with them cannot be read.", kind, directory);
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory inherits its parent's ACL
        }
    }

    private static byte[] associatedData(KeyPurpose purpose) {
        return ("tendik.keyset." + purpose.name()).getBytes(StandardCharsets.UTF_8);
    }
}
