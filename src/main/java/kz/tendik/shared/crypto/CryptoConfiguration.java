package kz.tendik.shared.crypto;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The keys come from a {@link KeysetSource} bean when a deployment declares one (e.g. KMS-wrapped keysets), and
 * otherwise from the configuration ({@link KeysetSources#choose}). They are loaded before the database is used.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    static KeysBeforeTheDatabase keysBeforeTheDatabase() {
        return new KeysBeforeTheDatabase();
    }

    @Bean
    Keyring keyring(ObjectProvider<KeysetSource> declared, Environment environment) {
        return new Keyring(declared.getIfAvailable(() -> KeysetSources.choose(environment)));
    }
}
