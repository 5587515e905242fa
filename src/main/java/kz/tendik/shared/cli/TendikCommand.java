package kz.tendik.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code tendik} command line, contributed by a module as a bean. {@link #name()} is the
 * first word ({@code audit}); the remaining words (or, see {@link #takesOptions()}, all arguments) are passed to
 * {@link #run}.
 */
public interface TendikCommand {

    String name();

    /** One line for {@code help}, with the arguments it takes. */
    String usage();

    /** Runs the command and returns the process exit code (0 for success). */
    int run(List<String> arguments, PrintStream out, PrintStream err);

    /**
     * Whether {@link #run} receives every argument after the command's name exactly as typed, options included
     * ({@code indices --index gii --in a.csv}). By default it receives only the words: Spring takes the options
     * ({@code --name=value}) as configuration.
     */
    default boolean takesOptions() {
        return false;
    }
}
