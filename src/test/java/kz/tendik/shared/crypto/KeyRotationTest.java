package kz.tendik.shared.crypto;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.tendik.shared.cli.TendikCommand;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rotation on real PostgreSQL: a throw-away table (rolled back) and keys of its own in a temporary directory. */
@IntegrationTest
@Transactional
class KeyRotationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<TendikCommand> commands;
    @TempDir
    Path keys;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String table = "rotation_test_" + UUID.randomUUID().toString().replace("-", "");
    private EncryptedColumn column;
    private Keyring keyring;
    private FieldCipher cipher;

    @BeforeEach
    void aTableWithEncryptedRows() {
        keyring = new Keyring(new DirectoryKeysetSource(keys, true, null));
        cipher = new FieldCipher(keyring);
        column = new EncryptedColumn(table, "id", "secret", "test.secret:");
        jdbc.sql("CREATE TABLE " + table + " (id bigint PRIMARY KEY, secret bytea)").update();
        for (long id = 1; id <= 5; id++) {
            insert(id, cipher.encrypt("Сырлы мәтін " + id, column.associatedData(id)));
        }
        insert(6, null);
    }

    @Test
    void rotationReEncryptsEveryRowWithTheNewPrimaryKey() throws Exception {
        int oldKey = cipher.primaryKeyId();
        String oldKeyset = Files.readString(keys.resolve("aead.json"));
        byte[] oldCiphertext = ciphertext(1);

        assertThat(keysCommand().run(List.of("rotate"), print(out), print(err))).isZero();

        int newKey = cipher.primaryKeyId();
        assertThat(newKey).isNotEqualTo(oldKey);
        for (long id = 1; id <= 5; id++) {
            assertThat(FieldCipher.keyId(ciphertext(id))).hasValue(newKey);
            assertThat(cipher.decrypt(ciphertext(id), column.associatedData(id))).isEqualTo("Сырлы мәтін " + id);
        }
        assertThat(ciphertext(6)).isNull();
        assertThat(cipher.decrypt(oldCiphertext, column.associatedData(1))).as("old keys stay for decryption")
                .isEqualTo("Сырлы мәтін 1");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("New primary AEAD key " + Integer.toUnsignedString(newKey))
                .contains(table + ".secret")
                .contains("5 rows re-encrypted")
                .contains("Blind-index keys are not rotated");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("aead.json"))))
                .isEqualTo("rw-------");

        FieldCipher oldCopy = new FieldCipher(new Keyring(new EnvironmentKeysetSource(oldKeyset,
                Files.readString(keys.resolve("index.json")))));
        assertThat(oldCopy.decrypt(oldCiphertext, column.associatedData(1))).isEqualTo("Сырлы мәтін 1");
        assertThatThrownBy(() -> oldCopy.decrypt(ciphertext(1), column.associatedData(1)))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void anotherProcessPicksUpTheRotatedKeyWhenItFirstMeetsIt() {
        FieldCipher runningServer = new FieldCipher(new Keyring(new DirectoryKeysetSource(keys, false, null)));

        keysCommand().run(List.of("rotate"), print(out), print(err));

        assertThat(runningServer.decrypt(ciphertext(2), column.associatedData(2))).isEqualTo("Сырлы мәтін 2");
        assertThat(runningServer.primaryKeyId()).isEqualTo(cipher.primaryKeyId());
    }

    @Test
    void statusCountsRowsPerKey() {
        String first = Integer.toUnsignedString(cipher.primaryKeyId());

        assertThat(keysCommand().run(List.of("status"), print(out), print(err))).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(first + " +primary")
                .contains("key " + first + ": 5 rows");
    }

    @Test
    void unreadableRowsAreLeftAsTheyWereAndReported() throws Exception {
        insert(7, cipher.encrypt("copied", column.associatedData(1)));
        byte[] copied = ciphertext(7);

        assertThat(keysCommand().run(List.of("rotate"), print(out), print(err))).isEqualTo(KeysCommand.UNREADABLE);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 rows re-encrypted, 1 UNREADABLE");
        assertThat(ciphertext(7)).isEqualTo(copied);
    }

    @Test
    void keysIsACommandOfTheCommandLineAndRefusesUnknownSubCommands() {
        TendikCommand keysBean = commands.stream().filter(c -> c.name().equals("keys")).findFirst().orElseThrow();

        assertThat(keysBean.usage()).contains("rotate", "blind-index keys are not rotated");
        assertThat(keysBean.run(List.of("shred"), print(out), print(err))).isEqualTo(KeysCommand.USAGE);
        assertThat(keysBean.run(List.of("status"), print(out), print(err))).isZero();
    }

    @Test
    void keysFromTheEnvironmentCannotBeRotatedByTendik() {
        Map<KeyPurpose, String> json = new java.util.EnumMap<>(KeyPurpose.class);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            json.put(purpose, read(keys.resolve(purpose.fileName())));
        }
        Keyring fromEnvironment = new Keyring(new EnvironmentKeysetSource(json.get(KeyPurpose.AEAD),
                json.get(KeyPurpose.INDEX)));
        KeysCommand command = new KeysCommand(new KeyRotation(fromEnvironment, List.of(column),
                new FieldCipher(fromEnvironment), jdbc, transactions, 2));

        assertThat(command.run(List.of("rotate"), print(out), print(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TENDIK_AEAD_KEYSET").contains("Tinkey");
    }

    private KeysCommand keysCommand() {
        return new KeysCommand(new KeyRotation(keyring, new ArrayList<>(List.of(column)), cipher, jdbc, transactions, 2));
    }

    private void insert(long id, byte[] secret) {
        jdbc.sql("INSERT INTO " + table + " (id, secret) VALUES (?, ?)").params(id, secret).update();
    }

    private byte[] ciphertext(long id) {
        return jdbc.sql("SELECT secret FROM " + table + " WHERE id = ?").param(id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBytes(1))).single().orElse(null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
