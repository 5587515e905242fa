package kz.tendik.indicators.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import kz.tendik.indicators.reference.HdrTimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled reference data sets (UNDP HDR 2023/24 time series, WEF GGGI 2006–2018, Kazakhstan's national
 * series, WEF GGGR 2024 scores, Kazakhstan's elected bodies and wages by sex) on the first start, each once: a row in {@code system_setting} per file remembers it,
 * so a file added to {@link #FILES} later is loaded on the next start of an existing database. Re-loading would add
 * nothing anyway (an import stores only new or changed values).
 */
@Component
class ReferenceDatasets {

    /** Set once any reference data has been loaded; before per-file markers, it meant the first three files. */
    static final String MARKER = "indicators.reference.loaded";
    static final String[] FILES = {HdrTimeSeries.BUNDLED, "/indicators/reference/wef_gggi_tcdata360_2006_2018.csv",
            "/indicators/reference/kz_national_series.csv", "/indicators/reference/wef_gggi_2024_scores.csv",
            "/indicators/reference/kz_representation_and_wages.csv"};
    /** How many of {@link #FILES} the single {@link #MARKER} stands for (databases loaded before per-file markers). */
    private static final int COVERED_BY_MARKER = 3;
    private static final Logger log = LoggerFactory.getLogger(ReferenceDatasets.class);

    private final IndicatorImports imports;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    ReferenceDatasets(IndicatorImports imports, JdbcClient jdbc, TransactionTemplate transaction,
                      @Value("${tendik.indicators.load-reference:true}") boolean enabled) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (enabled) {
            loadOnce();
        }
    }

    /** Loads the reference files not yet loaded; returns whether it loaded any. */
    boolean loadOnce() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tendik.indicators.reference'))").query(Object.class).single();
            boolean legacy = marked(MARKER);
            long start = System.nanoTime();
            int added = 0;
            int loaded = 0;
            for (int i = 0; i < FILES.length; i++) {
                String name = FILES[i].substring(FILES[i].lastIndexOf('/') + 1);
                if (legacy && i < COVERED_BY_MARKER || marked(marker(name))) {
                    continue;
                }
                added += imports.importFile(name, bytes(FILES[i]), null).valuesAdded();
                mark(marker(name));
                loaded++;
            }
            if (loaded == 0) {
                return false;
            }
            if (!legacy) {
                mark(MARKER);
            }
            log.info("Indicator reference data loaded: {} files, {} values in {} ms", loaded, added,
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        }));
    }

    /** The marker of one loaded file. */
    static String marker(String fileName) {
        return MARKER + ":" + fileName;
    }

    private boolean marked(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM system_setting WHERE name = ?)").param(name)
                .query(Boolean.class).single();
    }

    private void mark(String name) {
        jdbc.sql("INSERT INTO system_setting (name, value) VALUES (?, 'true')").param(name).update();
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ReferenceDatasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
