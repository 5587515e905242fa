package kz.tendik.shared.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** What each command receives from {@code java -jar tendik.jar <command> ...}, as the launcher starts Spring. */
class CommandDispatcherTest {

    private final Recording audit = new Recording("audit", false);
    private final Recording keys = new Recording("keys", false);
    private final Recording indices = new Recording("indices", true);
    private final CommandDispatcher dispatcher = new CommandDispatcher(List.of(indices, audit, keys));

    @Test
    void aCommandOfWordsGetsTheWordsAfterItsNameAndSpringKeepsTheOptions() {
        dispatch("audit", "verify", "--spring.datasource.url=jdbc:postgresql://db/tendik");

        assertThat(audit.received).containsExactly(List.of("verify"));
        assertThat(dispatcher.getExitCode()).isZero();
    }

    @Test
    void keysRotateStillGetsItsSubCommand() {
        dispatch("keys", "rotate");

        assertThat(keys.received).containsExactly(List.of("rotate"));
    }

    @Test
    void aCommandTakingOptionsGetsEveryArgumentAfterItsNameAsTyped() {
        dispatch("indices", "--index", "gii", "--in", "FILE.csv", "--out", "RESULT.csv");

        assertThat(indices.received).containsExactly(List.of("--index", "gii", "--in", "FILE.csv", "--out", "RESULT.csv"));
    }

    @Test
    void theLaunchersOwnOptionsComeBeforeTheCommandAndAreNotPassedOn() {
        String[] launched = CommandLine.forCommand(List.of("indices", "--index", "gdi"));

        assertThat(launched[0]).isEqualTo("--server.port=-1");
        assertThat(CommandLine.argumentsAfterCommand(launched)).containsExactly("--index", "gdi");
        assertThat(CommandLine.argumentsAfterCommand("--server.port=-1")).isEmpty();
    }

    @Test
    void theExitCodeIsTheCommandsAndAnUnknownCommandIs2() {
        indices.exitCode = 2;
        dispatch("indices", "--index", "gii");
        assertThat(dispatcher.getExitCode()).isEqualTo(2);

        dispatch("nosuch");
        assertThat(dispatcher.getExitCode()).isEqualTo(2);
    }

    private void dispatch(String... typed) {
        dispatcher.run(new DefaultApplicationArguments(CommandLine.forCommand(List.of(typed))));
    }

    private static final class Recording implements TendikCommand {

        final List<List<String>> received = new ArrayList<>();
        final String name;
        final boolean options;
        int exitCode;

        Recording(String name, boolean options) {
            this.name = name;
            this.options = options;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String usage() {
            return "test";
        }

        @Override
        public int run(List<String> arguments, PrintStream out, PrintStream err) {
            received.add(arguments);
            return exitCode;
        }

        @Override
        public boolean takesOptions() {
            return options;
        }
    }
}
