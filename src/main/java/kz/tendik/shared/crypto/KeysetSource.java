package kz.tendik.shared.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;

/**
 * Where the keysets come from. Without a bean of this type the configuration decides (a directory of cleartext
 * JSON keysets, or environment variables); a deployment with a KMS declares one, e.g. a
 * {@link DirectoryKeysetSource} whose keysets are wrapped by an {@code Aead} from Tink's KMS client.
 */
public interface KeysetSource {

    KeysetHandle load(KeyPurpose purpose) throws GeneralSecurityException;

    /** Replaces the stored keyset atomically (for rotation); sources that cannot be written refuse. */
    default void save(KeyPurpose purpose, KeysetHandle keyset) throws GeneralSecurityException {
        throw new UnsupportedOperationException("The keysets come from " + description()
                + " and cannot be written by Tendik; rotate them with Tinkey and update that source, or use "
                + KeysetSources.DIRECTORY_PROPERTY + " (" + KeysetSources.DIRECTORY_VARIABLE + ").");
    }

    /** Says where the keys are, for logs and messages (never the keys themselves). */
    String description();
}
