package kz.tendik.shared.crypto;

/**
 * A stored field could not be decrypted: the key is gone, the associated data differs (the ciphertext was copied
 * from another row or column) or the bytes were changed. The message names the key id, never the content.
 */
public class FieldDecryptionException extends RuntimeException {

    FieldDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
