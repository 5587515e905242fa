package kz.tendik.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo data set once; a marker in {@code system_setting} remembers that it has been loaded. */
@Component
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final String MARKER = "demo.loaded";
    private final List<DemoContributor> contributors;
    private final JdbcClient jdbc;

    DemoLoader(List<DemoContributor> contributors, JdbcClient jdbc) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).toList();
        this.jdbc = jdbc;
    }

    public boolean loaded() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM system_setting WHERE name = ?)").param(MARKER)
                .query(Boolean.class).single();
    }

    /** Loads the demo data unless it is already there; returns whether it loaded anything. */
    @Transactional
    public boolean loadOnce() {
        // serialise concurrent starts of several nodes on one database
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tendik.demo'))").query(Object.class).single();
        if (loaded()) {
            return false;
        }
        for (DemoContributor contributor : contributors) {
            contributor.load();
        }
        jdbc.sql("INSERT INTO system_setting (name, value) VALUES (?, 'true')").param(MARKER).update();
        log.info("Demo data loaded ({} parts)", contributors.size());
        return true;
    }
}
