package kz.tendik.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One audit append as a case read makes it ({@code case.read}, ids only): the chain's advisory lock, the last
 * entry, SHA-256, the insert — in a committed transaction of its own, through a Hikari pool, on an embedded
 * PostgreSQL 17 with the audit migrations ({@code AuditLog}'s constructor is package-private, hence the reflection).
 * {@link #appendAlone} is the cost per request; {@link #appendFromEightThreads}
 * shows the serialisation of the chain (the lock is held until commit). Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main AuditAppendBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditAppendBenchmark {

    private EmbeddedPostgres postgres;
    private AuditLog log;
    private TransactionTemplate transaction;
    private JdbcClient jdbc;

    @Setup
    public void start() throws IOException, ReflectiveOperationException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource migrations = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(migrations).locations("classpath:db/migration/audit").load().migrate();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(10);
        Constructor<AuditLog> constructor = AuditLog.class.getDeclaredConstructor(JdbcClient.class, Clock.class);
        constructor.setAccessible(true);
        jdbc = JdbcClient.create(pool);
        log = constructor.newInstance(jdbc, Clock.systemUTC());
        transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    @TearDown
    public void stop() throws IOException {
        postgres.close();
    }

    private void append() {
        transaction.executeWithoutResult(status -> log.record(
                AuditRecord.success(42L, "lt.c1.cw1", "case.read", "case", "123456")));
    }

    @Benchmark
    public void appendAlone() {
        append();
    }

    @Benchmark
    @Threads(8)
    public void appendFromEightThreads() {
        append();
    }

    /** The audit work of one case page (case, survivor, safety plan read), written together at commit (0023). */
    @Benchmark
    public void casePageAuditAtCommit() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                log.recordAtCommit(AuditRecord.success(42L, "lt.c1.cw1", "case.read", "case", "12345" + i));
            }
        });
    }

    /**
     * A case page under concurrency as decision 0023 has it: three audited reads, each followed by 2 ms of the
     * page's own queries (a {@code pg_sleep} standing in for them), the entries written together at commit.
     */
    @Benchmark
    @Threads(8)
    public void casePageWithWorkAuditAtCommit() {
        page(true);
    }

    /** The same page as before decision 0023: each read appended at once, so the chain lock is held to the end. */
    @Benchmark
    @Threads(8)
    public void casePageWithWorkAuditAtOnce() {
        page(false);
    }

    private void page(boolean atCommit) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                AuditRecord read = AuditRecord.success(42L, "lt.c1.cw1", "case.read", "case", "12345" + i);
                if (atCommit) {
                    log.recordAtCommit(read);
                } else {
                    log.record(read);
                }
                jdbc.sql("SELECT pg_sleep(0.002)").query(Object.class).single();
            }
        });
    }
}
