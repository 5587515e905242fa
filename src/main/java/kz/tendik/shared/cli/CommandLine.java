package kz.tendik.shared.cli;

import java.util.ArrayList;
import java.util.List;

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

    /** The arguments that are not Spring options ({@code --name=value}). */
    public static List<String> words(String... arguments) {
        return java.util.Arrays.stream(arguments).filter(a -> !a.startsWith("--")).toList();
    }
}
