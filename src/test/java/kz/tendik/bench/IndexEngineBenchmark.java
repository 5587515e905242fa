package kz.tendik.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.reference.HdrTimeSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The index engine on the whole HDR 2023/24 time series (1.9 MB, 206 rows × 1,076 columns): parsing the file as
 * UNDP publishes it, and recomputing GII and GDI for every country-year (206 × 33 of each; those without inputs
 * end as "not computable"). Run with
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main IndexEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexEngineBenchmark {

    private byte[] file;
    private HdrTimeSeries hdr;

    @Setup
    public void read() throws IOException {
        try (InputStream in = HdrTimeSeries.class.getResourceAsStream(HdrTimeSeries.BUNDLED)) {
            file = in.readAllBytes();
        }
        hdr = HdrTimeSeries.read(new ByteArrayInputStream(file));
    }

    @Benchmark
    public HdrTimeSeries parseHdrFile() {
        return HdrTimeSeries.read(new ByteArrayInputStream(file));
    }

    @Benchmark
    public void recomputeGiiAndGdiForEveryCountryYear(Blackhole sink) {
        for (HdrTimeSeries.Country country : hdr.countries()) {
            for (int year : hdr.years()) {
                sink.consume(GenderInequalityIndex.compute(HdrTimeSeries.giiInputs(country, year)));
                sink.consume(GenderDevelopmentIndex.compute(HdrTimeSeries.gdiInputs(country, year)));
            }
        }
    }

    @Benchmark
    public void parseAndRecomputeEverything(Blackhole sink) {
        HdrTimeSeries parsed = HdrTimeSeries.read(new ByteArrayInputStream(file));
        for (HdrTimeSeries.Country country : parsed.countries()) {
            for (int year : parsed.years()) {
                sink.consume(GenderInequalityIndex.compute(HdrTimeSeries.giiInputs(country, year)));
                sink.consume(GenderDevelopmentIndex.compute(HdrTimeSeries.gdiInputs(country, year)));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(IndexEngineBenchmark.class.getSimpleName()).build()).run();
    }
}
