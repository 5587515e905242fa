package kz.tendik.cases.generate;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The generated part of the demo data: a few dozen cases for the demo caseworkers, always the same ones (fixed
 * seed), with the demo's rates so that each kind of record occurs: about four incidents a case, risk assessments
 * (some high), safety plans, protective measures (some ending within the week), follow-ups (some overdue) and notes.
 */
@Component
public class DemoCaseSet {

    static final long SEED = 20_261_129L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseSet.class);

    private final CaseGenerator generator;
    private final JdbcClient jdbc;

    DemoCaseSet(CaseGenerator generator, JdbcClient jdbc) {
        this.generator = generator;
        this.jdbc = jdbc;
    }

    /** A caseworker who receives demo cases, at her centre. */
    public record Worker(long userId, long centreId, String regionCode) {
    }

    /** Generates {@code cases} cases shared equally by the workers, in the caller's transaction. */
    public void load(List<Worker> workers, int cases) {
        List<GenerationSpec.Centre> centres = workers.stream().map(w -> new GenerationSpec.Centre(w.centreId(),
                w.regionCode(), locality(w.centreId()), List.of(w.userId()), 1.0)).toList();
        long started = System.nanoTime();
        CaseGenerator.Outcome outcome = generator.generate(new GenerationSpec(cases, cases, cases * 4, SEED, centres,
                GenerationSpec.Rates.demo(), 1), 1);
        LOG.info("Demo cases generated: {} cases, {} incidents in {} ms", outcome.of("case_file"),
                outcome.of("incident"), (System.nanoTime() - started) / 1_000_000);
    }

    private String locality(long centreId) {
        return jdbc.sql("SELECT locality FROM centre WHERE id = ?").param(centreId).query(String.class).single();
    }
}
