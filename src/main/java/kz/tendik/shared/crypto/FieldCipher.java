package kz.tendik.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal fields with Tink AEAD (AES256-GCM) for a {@code bytea} column. The associated data binds a
 * ciphertext to where it lives ({@code "survivor.name:" + id}, see {@link EncryptedColumn#associatedData}), so a
 * ciphertext copied to another row or column does not decrypt. A ciphertext is Tink's output: a 5-byte prefix
 * (0x01 and the 4-byte key id), a 12-byte nonce, the encrypted text and a 16-byte tag, i.e. 33 bytes more than
 * the UTF-8 text. Null in, null out. Thread-safe.
 */
@Component
public final class FieldCipher {

    static final int PREFIX_LENGTH = 5;
    private static final byte TINK_PREFIX = 0x01;

    private final Keyring keyring;

    FieldCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Encrypts text with the primary key; {@code null} stays {@code null}. */
    public byte[] encrypt(String plaintext, String associatedData) {
        return plaintext == null ? null : encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    /** Decrypts what {@link #encrypt} made with the same associated data; {@code null} stays {@code null}. */
    public String decrypt(byte[] ciphertext, String associatedData) {
        byte[] plaintext = decryptBytes(ciphertext, associatedData);
        return plaintext == null ? null : new String(plaintext, StandardCharsets.UTF_8);
    }

    public byte[] encryptBytes(byte[] plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            return keyring.aead().encrypt(plaintext, bind(associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws FieldDecryptionException when the key is unknown, the associated data differs or the bytes changed */
    public byte[] decryptBytes(byte[] ciphertext, String associatedData) {
        if (ciphertext == null) {
            return null;
        }
        byte[] context = bind(associatedData);
        try {
            return keyring.aead().decrypt(ciphertext, context);
        } catch (GeneralSecurityException e) {
            OptionalInt keyId = keyId(ciphertext);
            if (keyId.isPresent() && keyring.reloadFor(keyId.getAsInt())) {
                return decryptBytes(ciphertext, associatedData);
            }
            throw new FieldDecryptionException("Cannot decrypt a field encrypted with key "
                    + keyId.stream().mapToObj(Integer::toUnsignedString).findFirst().orElse("(none)")
                    + ": unknown key, different associated data or changed ciphertext", e);
        }
    }

    /** The id of the key new ciphertexts are made with. */
    public int primaryKeyId() {
        return keyring.primaryKeyId();
    }

    /** The id of the key that made a ciphertext (Tink's prefix), or empty when it has no Tink prefix. */
    public static OptionalInt keyId(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < PREFIX_LENGTH || ciphertext[0] != TINK_PREFIX) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(ciphertext, 1, 4).getInt());
    }

    /** The 4 bytes after the version byte that name {@code keyId} in a ciphertext (for SQL filters). */
    static byte[] keyIdBytes(int keyId) {
        return ByteBuffer.allocate(4).putInt(keyId).array();
    }

    private static byte[] bind(String associatedData) {
        if (associatedData == null || associatedData.isBlank()) {
            throw new IllegalArgumentException("Associated data is required: say where the ciphertext lives");
        }
        return associatedData.getBytes(StandardCharsets.UTF_8);
    }
}
