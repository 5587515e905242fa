package kz.tendik.shared.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Tells a command ({@code java -jar tendik.jar audit verify}) from a server start ({@code --demo}, {@code --port=...}). */
public final class CommandLine {

    private CommandLine() {
    }

    /** A command is given when the first argument is a word, not an option. */
    public static boolean isCommand(List<String> arguments) {
        return !arguments.isEmpty() && !arguments.get(0).startsWith("-");
    }

    /**
     * The arguments after the command's name (the first word), as typed. The launcher puts the options it adds
     * itself before the command's name, so they are not among these.
     */
    public static List<String> argumentsAfterCommand(String... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (!arguments[i].startsWith("-")) {
                return List.of(arguments).subList(i + 1, arguments.length);
            }
        }
        return List.of();
    }

    /**
     * The arguments Spring starts with for a command: the launcher's own options first, then the user's
     * arguments unchanged (so {@link #argumentsAfterCommand} gives back exactly what the user typed after the name).
     */
    public static String[] forCommand(List<String> arguments) {
        List<String> launch = new ArrayList<>();
        // the same beans as the server (one configuration to trust), but no port is opened
        launch.add("--server.port=-1");
        launch.addAll(arguments);
        return launch.toArray(String[]::new);
    }

    /** The command of that name that needs no running application ({@link StandaloneCommand}), if there is one. */
    public static Optional<StandaloneCommand> standalone(String name) {
        return ServiceLoader.load(StandaloneCommand.class).stream().map(ServiceLoader.Provider::get)
                .filter(command -> command.name().equals(name)).findFirst();
    }

    /**
     * Runs a command with the arguments it takes from those given to the process ({@code arguments}: the command's
     * name and what follows, possibly after the launcher's own options) and returns its exit code; a failure it did
     * not expect is exit 1, named by its kind only (never its message, which could hold data).
     */
    public static int run(TendikCommand command, String... arguments) {
        List<String> words = words(arguments);
        List<String> given = command.takesOptions() ? argumentsAfterCommand(arguments) : words.subList(1, words.size());
        try {
            return command.run(given, System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println(command.name() + " failed: " + e.getClass().getSimpleName());
            return 1;
        }
    }

    /** The arguments that are not Spring options ({@code --name=value}). */
    public static List<String> words(String... arguments) {
        return java.util.Arrays.stream(arguments).filter(a -> !a.startsWith("--")).toList();
    }
}
