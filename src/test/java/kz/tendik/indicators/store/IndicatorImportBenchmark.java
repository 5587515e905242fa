package kz.tendik.indicators.store;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.tendik.indicators.IndicatorValuesImported;
import kz.tendik.indicators.results.IndexResults;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing the whole bundled HDR 2023/24 time series (149,258 values) on a real, embedded PostgreSQL with the
 * indicators migrations: into an empty store (each invocation rolled back), and that followed by a second import of the same file
 * (nothing changes: the idempotent path); the values sent as array parameters of one statement (the first approach)
 * against COPY into a temporary table; and the import as the application runs it, with the recomputation of the
 * indices it touches. It lives beside the store for its package-private constructors. Run with
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main IndicatorImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class IndicatorImportBenchmark {

    private EmbeddedPostgres postgres;
    private IndicatorImports imports;
    private IndicatorImports importsByCopy;
    private IndicatorImports importsWithRecomputation;
    private TransactionTemplate transaction;
    private byte[] hdr;
    private JdbcTemplate template;

    @Setup
    public void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/indicators").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        template = new JdbcTemplate(dataSource);
        imports = new IndicatorImports(new Catalogue(jdbc), new ValueStore(jdbc, template, ValueStore.Transfer.ARRAYS),
                jdbc, event -> { });
        importsByCopy = new IndicatorImports(new Catalogue(jdbc), new ValueStore(jdbc, template, ValueStore.Transfer.COPY),
                jdbc, event -> { });
        IndexResults results = new IndexResults(jdbc, template, event -> { });
        importsWithRecomputation = new IndicatorImports(new Catalogue(jdbc),
                new ValueStore(jdbc, template, ValueStore.Transfer.ARRAYS), jdbc, event -> {
                    if (event instanceof IndicatorValuesImported imported) {
                        results.recompute(imported.indicators(), imported.geographies());
                    }
                });
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        hdr = ReferenceDatasets.bytes(ReferenceDatasets.FILES[0]);
    }

    /**
     * Every measurement starts from a truly empty store: a rolled-back import leaves its rows behind as dead tuples
     * and index entries until a vacuum, which made each later iteration slower than an import into a new database.
     */
    @Setup(Level.Iteration)
    public void emptyTheStore() {
        template.execute("TRUNCATE indicator_value, indicator_index_result");
    }

    @TearDown
    public void stop() throws IOException {
        postgres.close();
    }

    @Benchmark
    public ImportResult importHdrIntoAnEmptyStore() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return imports.importFile("hdr.csv", hdr, null);
        });
    }

    /** The same through COPY into a temporary table and the same insert from it. */
    @Benchmark
    public ImportResult importHdrIntoAnEmptyStoreByCopy() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return importsByCopy.importFile("hdr.csv", hdr, null);
        });
    }

    /** What an import does in the application: store, then recompute the indices it touched (GII, GDI, HDI by sex). */
    @Benchmark
    public ImportResult importHdrAndRecomputeItsIndices() {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return importsWithRecomputation.importFile("hdr.csv", hdr, null);
        });
    }

    @Benchmark
    public ImportResult importHdrThenReImportItUnchanged() {
        return transaction.execute(status -> {
            imports.importFile("hdr.csv", hdr, null);
            ImportResult again = imports.importFile("hdr.csv", hdr, null);
            status.setRollbackOnly();
            return again;
        });
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(IndicatorImportBenchmark.class.getSimpleName()).build()).run();
    }
}
