package kz.tendik.shared.crypto;

/** Tendik refuses to start: personal fields cannot be encrypted without keys. The message says what to set. */
public class MissingKeysException extends IllegalStateException {

    private final String reason;

    MissingKeysException(String reason) {
        super(reason + " " + howToConfigure());
        this.reason = reason;
    }

    MissingKeysException(String reason, Throwable cause) {
        super(reason + " " + howToConfigure(), cause);
        this.reason = reason;
    }

    /** What is wrong, without the advice. */
    public String reason() {
        return reason;
    }

    static String howToConfigure() {
        return "Set " + KeysetSources.DIRECTORY_PROPERTY + " (environment " + KeysetSources.DIRECTORY_VARIABLE
                + ") to a directory holding the Tink keysets aead.json (AES256_GCM) and index.json"
                + " (HMAC_SHA256_PRF), or set the environment variables TENDIK_AEAD_KEYSET and TENDIK_INDEX_KEYSET"
                + " to the keysets' JSON. To create new keysets in that directory on first start, also set "
                + KeysetSources.GENERATE_PROPERTY + "=true (or create them with Tinkey:"
                + " tinkey create-keyset --key-template AES256_GCM --out aead.json;"
                + " tinkey create-keyset --key-template HMAC_SHA256_PRF --out index.json).";
    }
}
