package kz.tendik.shared.crypto;

import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded keysets and their primitives. The AEAD keyset can be rotated (a new primary, old keys kept for
 * decryption) and reloaded when a ciphertext names a key this process does not know yet (another process rotated).
 */
final class Keyring {

    private static final Logger LOG = LoggerFactory.getLogger(Keyring.class);
    private static final long RELOAD_INTERVAL_NANOS = 5_000_000_000L;

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Makes sure Tink's AEAD and PRF key types are registered (by this class's initialiser). */
    static void registerTink() {
        // the static initialiser above has run when this returns
    }

    private final KeysetSource source;
    private final PrfSet index;
    private volatile AeadKeys aead;
    private long lastReload = System.nanoTime() - RELOAD_INTERVAL_NANOS;

    Keyring(KeysetSource source) {
        this.source = source;
        this.aead = AeadKeys.of(load(KeyPurpose.AEAD));
        try {
            this.index = load(KeyPurpose.INDEX).getPrimitive(ConfigurationV0.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new MissingKeysException("The index keyset from " + source.description()
                    + " is not a Tink PRF keyset (is it the AEAD one?).", e);
        }
        LOG.info("Encryption keys loaded from {} (AEAD primary key {}).", source.description(),
                Integer.toUnsignedString(aead.primaryId()));
    }

    Aead aead() {
        return aead.primitive();
    }

    PrfSet index() {
        return index;
    }

    int primaryKeyId() {
        return aead.primaryId();
    }

    /** Key id to "primary"/"enabled"/"disabled"..., in keyset order. */
    Map<Integer, String> aeadKeys() {
        Map<Integer, String> keys = new LinkedHashMap<>();
        KeysetHandle handle = aead.handle();
        for (int i = 0; i < handle.size(); i++) {
            KeysetHandle.Entry entry = handle.getAt(i);
            keys.put(entry.getId(), entry.isPrimary() ? "primary" : entry.getStatus().toString().toLowerCase());
        }
        return keys;
    }

    KeysetSource source() {
        return source;
    }

    /** Adds a new AES256-GCM key as primary, keeps the old ones for decryption, stores the keyset; returns its id. */
    synchronized int rotate() throws GeneralSecurityException {
        KeysetHandle current = source.load(KeyPurpose.AEAD);
        KeysetHandle rotated = KeysetHandle.newBuilder(current)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().setStatus(KeyStatus.ENABLED).makePrimary())
                .build();
        source.save(KeyPurpose.AEAD, rotated);
        aead = AeadKeys.of(rotated);
        LOG.warn("AEAD keyset rotated in {}: new primary key {}.", source.description(),
                Integer.toUnsignedString(aead.primaryId()));
        return aead.primaryId();
    }

    /**
     * Reloads the AEAD keyset when {@code keyId} is unknown here (at most every few seconds); true when the key is
     * known afterwards, so the caller may retry.
     */
    synchronized boolean reloadFor(int keyId) {
        if (aead.knows(keyId)) {
            return false;
        }
        long now = System.nanoTime();
        if (now - lastReload < RELOAD_INTERVAL_NANOS) {
            return false;
        }
        lastReload = now;
        AeadKeys reloaded = AeadKeys.of(load(KeyPurpose.AEAD));
        if (reloaded.knows(keyId)) {
            aead = reloaded;
            LOG.info("AEAD keyset reloaded from {}: primary key {}.", source.description(),
                    Integer.toUnsignedString(reloaded.primaryId()));
            return true;
        }
        return false;
    }

    private KeysetHandle load(KeyPurpose purpose) {
        try {
            return source.load(purpose);
        } catch (GeneralSecurityException e) {
            throw new MissingKeysException("The " + purpose.fileName() + " keyset from " + source.description()
                    + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    record AeadKeys(KeysetHandle handle, Aead primitive, int primaryId) {

        static AeadKeys of(KeysetHandle handle) {
            KeysetHandle.Entry primary = handle.getPrimary();
            if (!(primary.getKey() instanceof AeadKey key)) {
                throw new MissingKeysException("The AEAD keyset's primary key is not an AEAD key (is it the index one?).");
            }
            if (key.getOutputPrefix().size() != FieldCipher.PREFIX_LENGTH) {
                throw new MissingKeysException("The AEAD keyset's primary key has no Tink output prefix; Tendik needs"
                        + " the key id in every ciphertext to rotate keys (create keys with the AES256_GCM template).");
            }
            try {
                return new AeadKeys(handle, handle.getPrimitive(ConfigurationV0.get(), Aead.class), primary.getId());
            } catch (GeneralSecurityException e) {
                throw new MissingKeysException("The AEAD keyset cannot be used (" + e.getMessage() + ").", e);
            }
        }

        boolean knows(int keyId) {
            for (int i = 0; i < handle.size(); i++) {
                if (handle.getAt(i).getId() == keyId) {
                    return true;
                }
            }
            return false;
        }
    }
}
