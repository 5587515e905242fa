package kz.tendik.browser;

import java.io.IOException;
import java.io.UncheckedIOException;

import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.twofactor.TwoFactor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a {@link BrowserJourney}'s methods a {@link Browser} on the application's port, one for the whole class (the
 * same one to every method that asks; JUnit closes it after the class), and the {@link JourneyAccounts} of the
 * application.
 */
final class JourneyParameters implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == JourneyAccounts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        if (parameter.getParameter().getType() == JourneyAccounts.class) {
            return new JourneyAccounts(application.getBean(UserAccounts.class),
                    application.getBean(PasswordEncoder.class), application.getBean(TwoFactor.class));
        }
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return classOf(context).getStore(ExtensionContext.Namespace.create(JourneyParameters.class))
                .computeIfAbsent(Browser.class, key -> open(port), Browser.class);
    }

    /** The context of the test class, above a method's (and a parameterized test's invocation). */
    private static ExtensionContext classOf(ExtensionContext context) {
        ExtensionContext found = context;
        while (found.getTestMethod().isPresent() && found.getParent().isPresent()) {
            found = found.getParent().get();
        }
        return found;
    }

    private static Browser open(int port) {
        try {
            return new Browser(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
