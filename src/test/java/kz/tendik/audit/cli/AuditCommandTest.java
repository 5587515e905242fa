package kz.tendik.audit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.shared.cli.TendikCommand;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class AuditCommandTest {

    @Autowired
    List<TendikCommand> commands;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        TendikCommand audit = commands.stream().filter(c -> c.name().equals("audit")).findFirst().orElseThrow();
        return audit.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void verifyExitsZeroWhenTheChainIsIntact() {
        log.record(AuditRecord.success(1L, "admin", "test.cli", "case", "1"));

        assertThat(run("verify")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit log intact:");
    }

    @Test
    void verifyExitsThreeAndNamesTheFirstBrokenEntry() {
        log.record(AuditRecord.success(1L, "admin", "test.cli", "case", "1"));
        log.record(AuditRecord.success(1L, "admin", "test.cli", "case", "2"));
        long victim = jdbc.sql("SELECT max(id) - 1 FROM audit_entry").query(Long.class).single();
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET outcome = 'DENIED' WHERE id = ?").param(victim).update();

        assertThat(run("verify")).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("BROKEN at entry " + victim + ":")
                .contains("hash mismatch");
    }

    @Test
    void anUnknownSubCommandShowsUsage() {
        assertThat(run("rewrite")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: tendik audit verify");
    }
}
