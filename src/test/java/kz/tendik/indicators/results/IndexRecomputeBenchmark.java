package kz.tendik.indicators.results;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.tendik.indicators.store.Catalogue;
import kz.tendik.indicators.store.IndicatorImports;
import kz.tendik.indicators.store.ValueStore;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputing every index (GII, GDI, HDI by sex, GGGI and sub-indices, pay gap, Mazhilis share) for every
 * country-year of the reference data (HDR 2023/24, WEF 2006–2018, national series) on an embedded PostgreSQL:
 * into an empty result table (rolled back), and again over stored results (nothing changes), and the in-memory part
 * alone (read the current values and compute, without storing). Run as {@code IndicatorImportBenchmark} says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class IndexRecomputeBenchmark {

    private static final String[] FILES = {"HDR23-24_Composite_indices_complete_time_series.csv",
            "wef_gggi_tcdata360_2006_2018.csv", "kz_national_series.csv"};

    private EmbeddedPostgres postgres;
    private IndexResults results;
    private TransactionTemplate transaction;
    private DataSource dataSource;

    @Setup
    public void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/indicators").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        IndicatorImports imports = new IndicatorImports(new Catalogue(jdbc), new ValueStore(jdbc, template), jdbc,
                event -> { });
        for (String file : FILES) {
            try (InputStream in = IndexRecomputeBenchmark.class.getResourceAsStream("/indicators/reference/" + file)) {
                byte[] bytes = in.readAllBytes();
                transaction.executeWithoutResult(status -> imports.importFile(file, bytes, null));
            }
        }
        jdbc.sql("ANALYZE").update();
        results = new IndexResults(jdbc, template, event -> { });
        transaction.executeWithoutResult(status -> results.recomputeAll());
    }

    @TearDown
    public void stop() throws IOException {
        postgres.close();
    }

    @Benchmark
    public int recomputeEveryIndexIntoAnEmptyTable() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            new JdbcTemplate(dataSource).update("TRUNCATE indicator_index_result");
            return results.recompute(IndexResults.allIndicators(), null);
        });
    }

    @Benchmark
    public int recomputeEveryIndexUnchanged() {
        return transaction.execute(status -> results.recompute(IndexResults.allIndicators(), null));
    }

    @Benchmark
    public int readAndComputeWithoutStoring() {
        return transaction.execute(status -> results.computeAll().size());
    }
}
