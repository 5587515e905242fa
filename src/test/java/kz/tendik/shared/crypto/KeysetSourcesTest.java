package kz.tendik.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetSourcesTest {

    @TempDir
    Path temp;

    @Test
    void aRunOnAnExternalDatabaseWithoutKeysRefusesToStartSayingWhatToSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("tendik.database.embedded", "false");

        assertThatThrownBy(() -> KeysetSources.choose(environment))
                .isInstanceOf(MissingKeysException.class)
                .hasMessageContaining("tendik.crypto.keyset-dir")
                .hasMessageContaining("TENDIK_KEYSET_DIR")
                .hasMessageContaining("TENDIK_AEAD_KEYSET")
                .hasMessageContaining("TENDIK_INDEX_KEYSET");
    }

    @Test
    void theStartFailureReportSaysWhatIsWrongAndWhatToDo() {
        MissingKeysException missing = new MissingKeysException("No encryption keys are configured.");

        FailureAnalysis analysis = new MissingKeysFailureAnalyzer().analyze(new RuntimeException(missing), missing);

        assertThat(analysis.getDescription()).isEqualTo("No encryption keys are configured.");
        assertThat(analysis.getAction()).contains("tendik.crypto.keyset-dir", "tendik.crypto.generate-missing");
    }

    @Test
    void aConfiguredButEmptyDirectoryIsNotFilledWithoutConsent() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tendik.database.embedded", "false")
                .withProperty("TENDIK_KEYSET_DIR", temp.resolve("keys").toString());

        assertThatThrownBy(() -> new Keyring(KeysetSources.choose(environment)))
                .isInstanceOf(MissingKeysException.class)
                .hasMessageContaining("No keysets in " + temp.resolve("keys"));
        assertThat(temp.resolve("keys")).doesNotExist();
    }

    @Test
    void aFirstProductionStartMayOptInToNewKeys() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tendik.database.embedded", "false")
                .withProperty("tendik.crypto.keyset-dir", temp.resolve("keys").toString())
                .withProperty("tendik.crypto.generate-missing", "true");

        new Keyring(KeysetSources.choose(environment));

        assertThat(temp.resolve("keys/aead.json")).isRegularFile();
        assertThat(temp.resolve("keys/index.json")).isRegularFile();
    }

    @Test
    void theEmbeddedDemoRunCreatesOwnerOnlyKeysBesideItsData() throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tendik.database.embedded", "true")
                .withProperty("tendik.embedded.data-dir", temp.resolve("data/postgres").toString());

        KeysetSource source = KeysetSources.choose(environment);
        Keyring keyring = new Keyring(source);

        Path aead = temp.resolve("data/keys/aead.json");
        assertThat(source.description()).endsWith(temp.resolve("data/keys").toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aead))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("data/keys/index.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("data/keys"))))
                .isEqualTo("rwx------");
        assertThat(new Keyring(KeysetSources.choose(environment)).primaryKeyId())
                .as("the second start reads the same keys").isEqualTo(keyring.primaryKeyId());
    }

    @Test
    void keysetsMayComeFromTheEnvironment() throws Exception {
        Keyring.registerTink();
        String aead = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        String index = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF), InsecureSecretKeyAccess.get());
        MockEnvironment environment = new MockEnvironment().withProperty("tendik.database.embedded", "false")
                .withProperty("TENDIK_AEAD_KEYSET", aead).withProperty("TENDIK_INDEX_KEYSET", index);

        FieldCipher cipher = new FieldCipher(new Keyring(KeysetSources.choose(environment)));

        assertThat(cipher.decrypt(cipher.encrypt("Әлия", "survivor.name:1"), "survivor.name:1")).isEqualTo("Әлия");
        assertThatThrownBy(() -> KeysetSources.choose(new MockEnvironment().withProperty("TENDIK_AEAD_KEYSET", aead)))
                .isInstanceOf(MissingKeysException.class).hasMessageStartingWith("TENDIK_INDEX_KEYSET is not set");
    }

    @Test
    void swappedKeysetsAreRefused() throws Exception {
        Keyring.registerTink();
        String aead = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        MockEnvironment environment = new MockEnvironment()
                .withProperty("TENDIK_AEAD_KEYSET", aead).withProperty("TENDIK_INDEX_KEYSET", aead);

        assertThatThrownBy(() -> new Keyring(KeysetSources.choose(environment)))
                .isInstanceOf(MissingKeysException.class).hasMessageContaining("not a Tink PRF keyset");
    }

    @Test
    void oneKeysetMissingFromTheDirectoryIsAnErrorNotANewKey() throws Exception {
        Path keys = temp.resolve("keys");
        new Keyring(new DirectoryKeysetSource(keys, true, null));
        Files.delete(keys.resolve("index.json"));

        assertThatThrownBy(() -> new Keyring(new DirectoryKeysetSource(keys, true, null)))
                .isInstanceOf(MissingKeysException.class).hasMessageContaining("index.json is missing");
    }
}
