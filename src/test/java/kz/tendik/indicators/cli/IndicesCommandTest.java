package kz.tendik.indicators.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The analysts' contract: {@code tendik indices --index gii|gdi|gggi --in FILE.csv --out RESULT.csv}. */
class IndicesCommandTest {

    private static final String GII_HEADER = "country,year,mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m";
    private static final String KAZ_2022_GII = "KAZ,2022,13.38363194,20.882,100,100,24.67532468,75.32467532,63.3,74.6";
    private static final String GDI_HEADER = "country,year,le_f,le_m,eys_f,eys_m,mys_f,mys_m,gni_pc_f,gni_pc_m";
    private static final String KAZ_2022_GDI =
            "KAZ,2022,72.995,65.776,15.02602959,14.61163998,12.45658094,12.40757382,18595.14333,26889.65873";

    private static final String GGGI_HEADER = "country,year,gggi_lfpr,gggi_wage,gggi_income,gggi_managers,"
            + "gggi_professional,gggi_literacy,gggi_primary,gggi_secondary,gggi_tertiary,gggi_srb,gggi_hle,"
            + "gggi_parliament,gggi_ministers,gggi_head_of_state";
    /** Kazakhstan's 14 indicator scores of 2018 as WEF published them (TCdata360 copy, bundled reference data). */
    private static final String KAZ_2018_GGGI = "KAZ,2018,0.890096618,0.721047286,0.594128179,0.588837866,1,0.999091553,"
            + "1,1,1,0.943396226,1.06,0.371794872,0.058823529,0";

    @TempDir
    Path dir;

    private final IndicesCommand command = new IndicesCommand();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void giiWritesTheIndexAndItsComponentsUnroundedForEveryRow() throws IOException {
        Path in = input(GII_HEADER, KAZ_2022_GII, "CHE,2022,7.3,2.2,96.9,97.5,39,61,61.5,71.9");

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("result.csv"))).isZero();

        CsvTable result = output("result.csv");
        assertThat(result.header()).containsExactly("country", "year", "gii", "health_f", "emp_f", "emp_m", "g_f", "g_m",
                "harm", "gbar");
        assertThat(result.rows()).hasSize(2);
        List<String> kaz = result.rows().get(0).cells();
        assertThat(kaz.subList(0, 2)).containsExactly("KAZ", "2022");
        assertThat(Double.parseDouble(kaz.get(2))).isCloseTo(0.177427162, within(1e-9));
        assertThat(kaz.get(2)).hasSizeGreaterThan(10);
        assertThat(Double.parseDouble(kaz.get(3))).isCloseTo(0.189158979, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(4))).isCloseTo(0.496742636, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(5))).isCloseTo(0.867897893, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(6))).isCloseTo(0.390349868, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(7))).isCloseTo(0.865105661, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(8))).isCloseTo(0.537962314, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(9))).isCloseTo(0.653999608, within(1e-9));
        assertThat(result.rows().get(1).cell(0)).isEqualTo("CHE");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows, 2 computed", "undp-gii@hdr-2023-24");
    }

    @Test
    void gdiWritesHdiBySexTheIndexAndItsGroup() throws IOException {
        Path in = input(GDI_HEADER, KAZ_2022_GDI);

        assertThat(run("--index", "gdi", "--in", in, "--out", dir.resolve("gdi.csv"))).isZero();

        CsvTable result = output("gdi.csv");
        assertThat(result.header()).containsExactly("country", "year", "hdi_f", "hdi_m", "gdi", "gdi_group");
        List<String> kaz = result.rows().get(0).cells();
        assertThat(Double.parseDouble(kaz.get(2))).isCloseTo(0.799245143, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(3))).isCloseTo(0.801206388, within(1e-9));
        assertThat(Double.parseDouble(kaz.get(4))).isCloseTo(0.997552136, within(1e-9));
        assertThat(kaz.get(5)).isEqualTo("1");
    }

    @Test
    void extraColumnsInAnyOrderAreIgnoredAndAByteOrderMarkIsSkipped() throws IOException {
        Path in = dir.resolve("extra.csv");
        Files.writeString(in, "\uFEFFnote,lfpr_m,lfpr_f,pr_m,pr_f,se_m,se_f,abr,mmr,year,country,source\n"
                + "\"a, b\",74.6,63.3,75.32467532,24.67532468,100,100,20.882,13.38363194,2022,KAZ,HDR\n");

        assertThat(run("--index=gii", "--in=" + in, "--out", dir.resolve("r.csv"))).isZero();

        CsvTable result = output("r.csv");
        assertThat(result.header()).hasSize(10);
        assertThat(Double.parseDouble(result.rows().get(0).cell(2))).isCloseTo(0.177427162, within(1e-9));
    }

    @Test
    void anEmptyCellGivesEmptyResultCellsForThatRowOnly() throws IOException {
        Path in = input(GII_HEADER, "KAZ,2021,13.7,21.7,,100,27.1,72.9,63.2,74.5", KAZ_2022_GII);

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("r.csv"))).isZero();

        CsvTable result = output("r.csv");
        assertThat(result.rows().get(0).cells()).containsExactly("KAZ", "2021", "", "", "", "", "", "", "", "");
        assertThat(result.rows().get(1).cell(2)).isNotEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows, 1 computed, 1 not computable");
    }

    @Test
    void anEmptyGdiCellGivesEmptyResultCellsForThatRowOnly() throws IOException {
        // Kazakhstan 2022 with the women's income estimate left out
        Path in = input(GDI_HEADER, "KAZ,2022,72.995,65.776,15.02602959,14.61163998,12.45658094,12.40757382,,26889.65873",
                KAZ_2022_GDI);

        assertThat(run("--index", "gdi", "--in", in, "--out", dir.resolve("gdi.csv"))).isZero();

        CsvTable result = output("gdi.csv");
        assertThat(result.rows().get(0).cells()).containsExactly("KAZ", "2022", "", "", "", "");
        assertThat(Double.parseDouble(result.rows().get(1).cell(4))).isCloseTo(0.997552136, within(1e-9));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows, 1 computed, 1 not computable");
        // missing is not out of range: nothing to explain on the error stream
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void gggiWritesTheOverallIndexAndItsSubIndicesFromThe14IndicatorScores() throws IOException {
        Path in = input(GGGI_HEADER, KAZ_2018_GGGI);

        assertThat(run("--index", "gggi", "--in", in, "--out", dir.resolve("gggi.csv"))).isZero();

        CsvTable result = output("gggi.csv");
        assertThat(result.header()).containsExactly("country", "year", "gggi", "economic", "education", "health",
                "political");
        List<String> kaz = result.rows().get(0).cells();
        assertThat(kaz.subList(0, 2)).containsExactly("KAZ", "2018");
        // WEF's published 2018 figures, to their 3 decimals: 0.712 (0.741 / 1.000 / 0.979 / 0.130)
        assertThat(Double.parseDouble(kaz.get(2))).isCloseTo(0.712, within(0.0005));
        assertThat(Double.parseDouble(kaz.get(3))).isCloseTo(0.741, within(0.0005));
        assertThat(Double.parseDouble(kaz.get(4))).isCloseTo(1.000, within(0.0005));
        assertThat(Double.parseDouble(kaz.get(5))).isCloseTo(0.979, within(0.0005));
        assertThat(Double.parseDouble(kaz.get(6))).isCloseTo(0.130, within(0.0005));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 rows, 1 computed", "wef-gggi@gggr-2018");
    }

    @Test
    void gggiWithFewerThan12Of14ScoresGivesEmptyResultCellsForThatRowOnly() throws IOException {
        // the same scores without wage equality, estimated income and managers: 11 of 14
        Path in = input(GGGI_HEADER, "KAZ,2018,0.890096618,,,,1,0.999091553,1,1,1,0.943396226,1.06,0.371794872,"
                + "0.058823529,0", KAZ_2018_GGGI);

        assertThat(run("--index", "gggi", "--in", in, "--out", dir.resolve("gggi.csv"))).isZero();

        CsvTable result = output("gggi.csv");
        assertThat(result.rows().get(0).cells()).containsExactly("KAZ", "2018", "", "", "", "", "");
        assertThat(result.rows().get(1).cell(2)).isNotEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows, 1 computed, 1 not computable");
    }

    @Test
    void aMissingColumnExitsWithStatus2NamingItAndWritesNothing() throws IOException {
        Path in = input("country,year,mmr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m", "KAZ,2022,13.4,100,100,24.7,75.3,63.3,74.6");

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("r.csv"))).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing column abr");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void aNonNumericValueExitsWithStatus2NamingRowAndColumnAndWritesNothing() throws IOException {
        Path in = input(GII_HEADER, KAZ_2022_GII, "KAZ,2021,13.7,n/a,100,100,27.1,72.9,63.2,74.5");

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("r.csv"))).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 2, column abr: \"n/a\" is not a number");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void aNegativeValueExitsWithStatus2NamingRowAndColumnAndLeavesAnOldOutputAlone() throws IOException {
        Path in = input(GDI_HEADER, KAZ_2022_GDI, KAZ_2022_GDI, "KAZ,2020,73.1,-65.0,15,14.6,12.4,12.4,18000,26000");
        Path previous = dir.resolve("r.csv");
        Files.writeString(previous, "earlier result\n");

        assertThat(run("--index", "gdi", "--in", in, "--out", previous)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 3, column le_m: -65.0 is negative");
        assertThat(Files.readString(previous)).isEqualTo("earlier result\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "r.csv");
        }
    }

    @Test
    void numbersLikeNaNOrInfinityOrJavaSuffixesAreNotNumbers() throws IOException {
        Path in = input(GII_HEADER, "KAZ,2022,NaN,20.9,100,100,24.7,75.3,63.3,74.6",
                "KAZ,2021,13.4,Infinity,100,100,24.7,75.3,63.3,74.6", "KAZ,2020,13.4,20.9,100d,100,24.7,75.3,63.3,74.6");

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("r.csv"))).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 1, column mmr", "row 2, column abr",
                "row 3, column se_f");
    }

    @Test
    void aValueOutsideTheMethodGivesEmptyCellsAndSaysWhy() throws IOException {
        Path in = input(GII_HEADER, "XXX,2022,13.4,0,100,100,24.7,75.3,63.3,74.6");

        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("r.csv"))).isZero();

        assertThat(output("r.csv").rows().get(0).cell(2)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 1: not computable: abr");
    }

    @Test
    void wrongArgumentsExitWithStatus2AndShowUsage() throws IOException {
        Path in = input(GII_HEADER, KAZ_2022_GII);

        assertThat(run("--index", "hdi", "--in", in, "--out", dir.resolve("r.csv"))).isEqualTo(2);
        assertThat(run("--index", "gii", "--out", dir.resolve("r.csv"))).isEqualTo(2);
        assertThat(run("--index", "gii", "--in", dir.resolve("absent.csv"), "--out", dir.resolve("r.csv"))).isEqualTo(2);
        assertThat(run("--index", "gii", "--in", in, "--out", dir.resolve("no/such/folder/r.csv"))).isEqualTo(2);
        assertThat(run("--index", "gii", "--in", in, "--out")).isEqualTo(2);
        assertThat(run("gii", in, dir.resolve("r.csv"))).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown index: hdi", "Missing --in",
                "absent.csv: no such readable file", "does not exist", "--out needs a value", "Usage: tendik indices");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void springConfigurationOptionsAreLeftToSpring() throws IOException {
        Path in = input(GII_HEADER, KAZ_2022_GII);

        assertThat(run("--spring.datasource.url=jdbc:postgresql://db/tendik", "--index", "gii", "--in", in,
                "--out", dir.resolve("r.csv"))).isZero();
    }

    @Test
    void theCommandTakesItsOptionsAsTyped() {
        assertThat(command.name()).isEqualTo("indices");
        assertThat(command.takesOptions()).isTrue();
        assertThat(command.usage()).contains("--index gii|gdi|gggi --in FILE.csv --out RESULT.csv");
    }

    private int run(Object... arguments) {
        List<String> words = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
        return command.run(words, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path input(String... lines) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, String.join("\n", lines) + "\n");
        return in;
    }

    private CsvTable output(String name) throws IOException {
        try (var reader = Files.newBufferedReader(dir.resolve(name))) {
            return CsvTable.read(reader);
        }
    }
}
