package kz.tendik.shared.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The keys: from the {@link KeysetSource} bean ({@link KeysetSources#choose} unless a {@code @Primary} one is given). */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    static KeysBeforeTheDatabase keysBeforeTheDatabase() {
        return new KeysBeforeTheDatabase();
    }

    @Bean
    KeysetSource keysetSource(Environment environment) {
        return KeysetSources.choose(environment);
    }

    @Bean
    Keyring keyring(KeysetSource source) {
        return new Keyring(source);
    }
}
