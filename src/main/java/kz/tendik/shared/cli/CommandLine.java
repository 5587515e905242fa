package kz.tendik.shared.cli;

import java.util.List;

/** Tells a command ({@code java -jar tendik.jar audit verify}) from a server start ({@code --demo}, {@code --port=...}). */
public final class CommandLine {

    private CommandLine() {
    }

    /** A command is given when the first argument is a word, not an option. */
    public static boolean isCommand(List<String> arguments) {
        return !arguments.isEmpty() && !arguments.get(0).startsWith("-");
    }

    /** The arguments that are not Spring options ({@code --name=value}). */
    public static List<String> words(String... arguments) {
        return java.util.Arrays.stream(arguments).filter(a -> !a.startsWith("--")).toList();
    }
}
