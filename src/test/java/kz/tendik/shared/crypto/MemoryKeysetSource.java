package kz.tendik.shared.crypto;

import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;

/** Fresh keysets held in memory, for unit tests. */
final class MemoryKeysetSource implements KeysetSource {

    private final Map<KeyPurpose, KeysetHandle> keysets = new EnumMap<>(KeyPurpose.class);

    MemoryKeysetSource() {
        Keyring.registerTink();
        try {
            keysets.put(KeyPurpose.AEAD, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
            keysets.put(KeyPurpose.INDEX, KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Keyring keyring() {
        return new Keyring(new MemoryKeysetSource());
    }

    @Override
    public KeysetHandle load(KeyPurpose purpose) {
        return keysets.get(purpose);
    }

    @Override
    public void save(KeyPurpose purpose, KeysetHandle keyset) {
        keysets.put(purpose, keyset);
    }

    @Override
    public String description() {
        return "memory";
    }
}
