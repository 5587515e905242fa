package kz.tendik.shared.crypto;

/**
 * A {@link FieldCipher} and a {@link BlindIndex} on fresh in-memory keys, for unit tests and benchmarks of any
 * module that need them without the application context.
 */
public record TestCrypto(FieldCipher cipher, BlindIndex index) {

    public static TestCrypto withFreshKeys() {
        Keyring keyring = MemoryKeysetSource.keyring();
        return new TestCrypto(new FieldCipher(keyring), new BlindIndex(keyring));
    }
}
