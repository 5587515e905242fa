package kz.tendik.shared.crypto;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(MemoryKeysetSource.keyring());

    @Test
    void textSurvivesTheRoundTrip() {
        String name = "Әлия Нұрсұлтанқызы Жұмабаева";
        byte[] ciphertext = cipher.encrypt(name, "survivor.name:42");

        assertThat(cipher.decrypt(ciphertext, "survivor.name:42")).isEqualTo(name);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("Жұмабаева");
        assertThat(ciphertext).hasSize(name.getBytes(StandardCharsets.UTF_8).length + 33);
    }

    @Test
    void bytesSurviveTheRoundTrip() {
        byte[] document = {0, 1, 2, (byte) 0xFF};

        assertThat(cipher.decryptBytes(cipher.encryptBytes(document, "case.attachment:7"), "case.attachment:7"))
                .containsExactly(document);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null, "survivor.name:1")).isNull();
        assertThat(cipher.decrypt(null, "survivor.name:1")).isNull();
        assertThat(cipher.encryptBytes(null, "survivor.name:1")).isNull();
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("Айгүл", "survivor.name:1")).isNotEqualTo(cipher.encrypt("Айгүл", "survivor.name:1"));
    }

    @Test
    void aCiphertextCopiedToAnotherRowOrColumnDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt("+77012345678", "survivor.phone:1");

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "survivor.phone:2"))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageNotContaining("77012345678");
        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "survivor.address:1"))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aTamperedCiphertextDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt("narrative", "incident.narrative:5");
        ciphertext[ciphertext.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "incident.narrative:5"))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void anotherKeysetCannotDecrypt() {
        FieldCipher stranger = new FieldCipher(MemoryKeysetSource.keyring());
        byte[] ciphertext = cipher.encrypt("secret", "survivor.name:1");

        assertThatThrownBy(() -> stranger.decrypt(ciphertext, "survivor.name:1"))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining(Integer.toUnsignedString(cipher.primaryKeyId()));
    }

    @Test
    void aCiphertextNamesThePrimaryKey() {
        byte[] ciphertext = cipher.encrypt("x", "survivor.name:1");

        assertThat(FieldCipher.keyId(ciphertext)).hasValue(cipher.primaryKeyId());
        assertThat(FieldCipher.keyId(new byte[] {0, 1})).isEmpty();
    }

    @Test
    void associatedDataIsRequired() {
        assertThatThrownBy(() -> cipher.encrypt("x", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.encrypt("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEncryptedColumnBindsTheRowId() {
        EncryptedColumn column = new EncryptedColumn("survivor", "id", "name_enc", "survivor.name:");

        assertThat(column.associatedData(42L)).isEqualTo("survivor.name:42");
        assertThatThrownBy(() -> new EncryptedColumn("survivor; drop table x", "id", "name_enc", "p:"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
