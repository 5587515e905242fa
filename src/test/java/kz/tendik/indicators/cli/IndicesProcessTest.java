package kz.tendik.indicators.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kz.tendik.TendikApplication;
import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' command line as they run it: {@code java ... indices --index gii|gdi --in FILE --out RESULT} in a
 * child process of its own, started through the application's main class with the test class path, in an empty
 * working folder. It needs no database, so it starts none (no {@code data} folder appears) and takes no web port.
 */
class IndicesProcessTest {

    private static final String GII = """
            country,year,mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m
            KAZ,2022,13.38363194,20.882,100,100,24.67532468,75.32467532,63.3,74.6
            """;
    private static final String GDI = """
            country,year,le_f,le_m,eys_f,eys_m,mys_f,mys_m,gni_pc_f,gni_pc_m
            KAZ,2022,72.995,65.776,15.02602959,14.61163998,12.45658094,12.40757382,18595.14333,26889.65873
            """;

    @TempDir
    Path dir;

    private record Exit(int status, String out, String err, long millis) {
    }

    private Exit indices(String index, String input) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("in.csv"), input, StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, TendikApplication.class.getName(), "indices", "--index",
                index, "--in", "in.csv", "--out", "result.csv"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        // the class path by environment: it is long, and the same for every command
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("indices did not finish within 120 s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Exit(process.exitValue(), Files.readString(dir.resolve("stdout.txt")),
                Files.readString(dir.resolve("stderr.txt")), millis);
    }

    /** What the command left in its working folder besides its input and the captured streams. */
    private List<String> leftBehind() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> !List.of("in.csv", "stdout.txt", "stderr.txt").contains(name)).sorted().toList();
        }
    }

    private CsvTable result() throws IOException {
        return CsvTable.read(Files.newBufferedReader(dir.resolve("result.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void giiExitsZeroWithTheResultFileAndStartsNoDatabase() throws Exception {
        Exit exit = indices("gii", GII);

        assertThat(exit.status()).as(exit.err()).isZero();
        assertThat(exit.out()).contains("GII: 1 rows, 1 computed");
        assertThat(leftBehind()).containsExactly("result.csv");
        CsvTable result = result();
        assertThat(result.header()).startsWith("country", "year", "gii");
        assertThat(Double.parseDouble(result.rows().get(0).cell(2))).isCloseTo(0.177427162, within(1e-9));
        System.out.printf("indices --index gii as a child process: %d ms%n", exit.millis());
    }

    @Test
    void gdiExitsZeroWithTheResultFile() throws Exception {
        Exit exit = indices("gdi", GDI);

        assertThat(exit.status()).as(exit.err()).isZero();
        assertThat(leftBehind()).containsExactly("result.csv");
        CsvTable result = result();
        assertThat(result.header()).containsExactly("country", "year", "hdi_f", "hdi_m", "gdi", "gdi_group");
        assertThat(Double.parseDouble(result.rows().get(0).cell(4))).isCloseTo(0.997552136, within(1e-9));
        assertThat(result.rows().get(0).cell(5)).isEqualTo("1");
    }

    @Test
    void giiWithAWordForANumberExitsTwoNamingRowAndColumnAndWritesNothing() throws Exception {
        Exit exit = indices("gii", GII + "CHE,2022,7.3,n/a,96.9,97.5,39,61,61.5,71.9\n");

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.err()).contains("row 2, column abr: \"n/a\" is not a number", "Nothing written.");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void gdiWithANegativeValueExitsTwoNamingRowAndColumnAndWritesNothing() throws Exception {
        Exit exit = indices("gdi", GDI + "CHE,2022,86,-82,16.6,16.4,13.9,14.0,61000,78000\n");

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.err()).contains("row 2, column le_m: -82 is negative", "Nothing written.");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void gdiWithoutAColumnExitsTwoNamingItAndWritesNothing() throws Exception {
        Exit exit = indices("gdi", GDI.replace(",gni_pc_m", "").replace(",26889.65873", ""));

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.err()).contains("missing column gni_pc_m");
        assertThat(leftBehind()).isEmpty();
    }
}
