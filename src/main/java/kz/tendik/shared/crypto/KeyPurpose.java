package kz.tendik.shared.crypto;

/** The two keysets Tendik keeps apart: one encrypts fields, the other computes blind indexes. */
public enum KeyPurpose {

    /** Tink AEAD keyset (AES256-GCM) for personal fields; rotated by {@code tendik keys rotate}. */
    AEAD("aead.json", "TENDIK_AEAD_KEYSET"),

    /** Tink PRF keyset (HMAC-SHA256) for blind indexes; never rotated in place (every index would change). */
    INDEX("index.json", "TENDIK_INDEX_KEYSET");

    private final String fileName;
    private final String environmentVariable;

    KeyPurpose(String fileName, String environmentVariable) {
        this.fileName = fileName;
        this.environmentVariable = environmentVariable;
    }

    /** The keyset's file name in {@code tendik.crypto.keyset-dir}. */
    public String fileName() {
        return fileName;
    }

    /** The environment variable that may hold the keyset's JSON instead. */
    public String environmentVariable() {
        return environmentVariable;
    }
}
