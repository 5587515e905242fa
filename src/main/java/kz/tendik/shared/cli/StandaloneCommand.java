package kz.tendik.shared.cli;

/**
 * A command that needs nothing of the running application: no database, no web server, no other bean (a
 * computation from files to files). The launcher finds it through {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/kz.tendik.shared.cli.StandaloneCommand}, with a public no-argument constructor) and runs it
 * before Spring starts, so it answers in well under a second. It is also a bean, so that {@code help} lists it.
 */
public interface StandaloneCommand extends TendikCommand {
}
