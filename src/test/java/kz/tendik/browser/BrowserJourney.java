package kz.tendik.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A journey in a real browser: the whole application on a random port (tagged {@code browser} and
 * {@code integration}), one test instance for the class, whose {@code @BeforeAll} and test methods may take the class's
 * {@link Browser} and its {@link JourneyAccounts} as parameters ({@link JourneyParameters}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(JourneyParameters.class)
@interface BrowserJourney {
}
