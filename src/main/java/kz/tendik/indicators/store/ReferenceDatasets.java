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
 * series) on the first start; a row in {@code system_setting} remembers it. Re-loading would add nothing anyway.
 */
@Component
class ReferenceDatasets {

    static final String MARKER = "indicators.reference.loaded";
    static final String[] FILES = {HdrTimeSeries.BUNDLED, "/indicators/reference/wef_gggi_tcdata360_2006_2018.csv",
            "/indicators/reference/kz_national_series.csv"};
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

    /** Loads the reference files unless already loaded; returns whether it loaded them. */
    boolean loadOnce() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tendik.indicators.reference'))").query(Object.class).single();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM system_setting WHERE name = ?)").param(MARKER)
                    .query(Boolean.class).single()) {
                return false;
            }
            long start = System.nanoTime();
            int added = 0;
            for (String file : FILES) {
                added += imports.importFile(file.substring(file.lastIndexOf('/') + 1), bytes(file), null).valuesAdded();
            }
            jdbc.sql("INSERT INTO system_setting (name, value) VALUES (?, 'true')").param(MARKER).update();
            log.info("Indicator reference data loaded: {} values in {} ms", added, (System.nanoTime() - start) / 1_000_000);
            return true;
        }));
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
