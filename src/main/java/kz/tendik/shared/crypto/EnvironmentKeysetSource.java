package kz.tendik.shared.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/** Keysets given as JSON in {@code TENDIK_AEAD_KEYSET} and {@code TENDIK_INDEX_KEYSET} (read-only). */
final class EnvironmentKeysetSource implements KeysetSource {

    private final String aeadJson;
    private final String indexJson;

    EnvironmentKeysetSource(String aeadJson, String indexJson) {
        this.aeadJson = aeadJson;
        this.indexJson = indexJson;
    }

    @Override
    public KeysetHandle load(KeyPurpose purpose) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(purpose == KeyPurpose.AEAD ? aeadJson : indexJson,
                InsecureSecretKeyAccess.get());
    }

    @Override
    public String description() {
        return "environment variables TENDIK_AEAD_KEYSET and TENDIK_INDEX_KEYSET";
    }
}
