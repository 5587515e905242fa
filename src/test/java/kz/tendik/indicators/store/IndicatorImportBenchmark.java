package kz.tendik.indicators.store;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing the whole bundled HDR 2023/24 time series (149,258 values) on a real, embedded PostgreSQL with the
 * indicators migrations: into an empty store (each invocation rolled back), and that followed by a second import of the same file
 * (nothing changes: the idempotent path). It lives beside the store for its package-private constructors. Run with
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
    private TransactionTemplate transaction;
    private byte[] hdr;

    @Setup
    public void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/indicators").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        imports = new IndicatorImports(new Catalogue(jdbc), new ValueStore(jdbc, new JdbcTemplate(dataSource)), jdbc,
                event -> { });
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        hdr = ReferenceDatasets.bytes(ReferenceDatasets.FILES[0]);
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
