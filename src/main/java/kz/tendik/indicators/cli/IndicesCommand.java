package kz.tendik.indicators.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.shared.cli.StandaloneCommand;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * {@code tendik indices --index gii|gdi|gggi --in FILE.csv --out RESULT.csv}: computes the index for every row of the
 * input and writes the unrounded results. Exit 0 when written (rows without all inputs get empty result cells);
 * exit {@value #BAD_INPUT}, writing nothing, for a wrong argument, a missing column, or a cell that is not a number
 * or is negative, naming the row and column. It needs no database: the launcher runs it without starting the
 * application ({@link StandaloneCommand}).
 */
@Component
public class IndicesCommand implements StandaloneCommand {

    static final int BAD_INPUT = 2;
    private static final int MAX_ERRORS_SHOWN = 20;

    /** For {@link java.util.ServiceLoader}. */
    public IndicesCommand() {
    }

    @Override
    public String name() {
        return "indices";
    }

    @Override
    public String usage() {
        return "--index gii|gdi|gggi --in FILE.csv --out RESULT.csv   compute GII, GDI or GGGI for every row (UNDP"
                + " HDR 2023/24, WEF GGGR 2018 methods; exit 2 and no output for bad input)";
    }

    @Override
    public boolean takesOptions() {
        return true;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        IndicesOptions options;
        try {
            options = IndicesOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: tendik indices " + usage());
            return BAD_INPUT;
        }
        if (!Files.isRegularFile(options.in()) || !Files.isReadable(options.in())) {
            err.println(options.in() + ": no such readable file");
            return BAD_INPUT;
        }
        Path target = options.out().toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            err.println(options.out() + ": the folder " + target.getParent() + " does not exist");
            return BAD_INPUT;
        }
        CsvTable table;
        try (Reader reader = Files.newBufferedReader(options.in(), StandardCharsets.UTF_8)) {
            table = CsvTable.read(reader);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            err.println(options.in() + ": not a readable CSV file: " + e.getMessage());
            return BAD_INPUT;
        }
        InputFile input = InputFile.check(table, options.index());
        List<String> errors = input.errors(options.index());
        if (!errors.isEmpty()) {
            errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> err.println(options.in() + ": " + e));
            if (errors.size() > MAX_ERRORS_SHOWN) {
                err.println("... and " + (errors.size() - MAX_ERRORS_SHOWN) + " more");
            }
            err.println("Nothing written.");
            return BAD_INPUT;
        }
        List<List<String>> rows = new ArrayList<>();
        int computed = 0;
        for (InputFile.Row row : input.rows()) {
            IndexTable.Computed result = options.index().row(row);
            if (result.computable()) {
                computed++;
            } else if (!result.outOfRange().isEmpty()) {
                err.println("row " + row.number() + ": not computable: " + String.join("; ", result.outOfRange()));
            }
            rows.add(result.cells());
        }
        try {
            write(target, options.index().outputHeader(), rows);
        } catch (IOException e) {
            err.println(options.out() + ": cannot write: " + e.getMessage());
            return 1;
        }
        out.printf("%s: %d rows, %d computed, %d not computable (%s) written to %s%n", options.index().name(),
                rows.size(), computed, rows.size() - computed, options.index().method(), options.out());
        return 0;
    }

    /** Writes beside the target and moves into place, so a reader never sees half a file. */
    private static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                CsvTable.write(writer, header, rows);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
