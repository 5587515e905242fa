package kz.tendik.shared.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the command named on the command line (profile {@code cli}); {@code help} lists them all. */
@Component
@Profile("cli")
class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

    private final List<TendikCommand> commands;
    private int exitCode;

    CommandDispatcher(List<TendikCommand> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(TendikCommand::name)).toList();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        String name = words.isEmpty() ? "help" : words.get(0);
        if (name.equals("help")) {
            help();
            exitCode = 0;
            return;
        }
        Optional<TendikCommand> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            System.err.println("Unknown command: " + name);
            help();
            exitCode = 2;
            return;
        }
        exitCode = CommandLine.run(command.get(), arguments.getSourceArgs());
    }

    private void help() {
        System.out.println("Usage: java -jar tendik.jar <command> [arguments]");
        System.out.println("       java -jar tendik.jar [--demo]      (serves the web application)");
        System.out.println();
        System.out.println("  help" + " ".repeat(22) + "this list");
        for (TendikCommand command : commands) {
            System.out.printf("  %-25s %s%n", command.name(), command.usage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
