package kz.tendik.indicators.store;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import kz.tendik.indicators.IndicatorValuesImported;
import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.portal.PublicContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a file whole or not at all: every row is checked first, and any problem refuses the file with the
 * list of all of them ({@link ImportRejected}); otherwise the new and changed values are added as revisions
 * in one transaction. The format is recognised by the header: long format, the HDR time series, SDMX-CSV,
 * WEF (TCdata360) or the WEF report scores by country name (GGGR 2024).
 */
@Service
public class IndicatorImports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorImports.class);

    private final Catalogue catalogue;
    private final ValueStore values;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public IndicatorImports(Catalogue catalogue, ValueStore values, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.values = values;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public ImportResult importFile(String fileName, byte[] content, Long userId) {
        CsvTable table;
        try {
            table = CsvTable.read(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw new ImportRejected(List.of(new RowProblem(1, null, "indicators.import.error.unreadable")));
        }
        String format;
        List<ValueRow> rows;
        if (HdrFormat.looksLikeHdr(table)) {
            format = "HDR_TIME_SERIES";
            rows = HdrFormat.read(table);
        } else if (SdmxFormat.looksLikeSdmx(table)) {
            format = "SDMX_CSV";
            rows = SdmxFormat.read(table, catalogue.codes(), catalogue.sdmxSeries());
        } else if (WefFormat.looksLikeWef(table)) {
            format = "WEF_TCDATA360";
            rows = WefFormat.read(table);
        } else if (Wef2024Format.looksLikeWef2024(table)) {
            format = "WEF_2024";
            rows = Wef2024Format.read(table, CountryNames.bundled());
        } else {
            format = "LONG_CSV";
            rows = LongFormat.read(table, catalogue.codes());
        }
        // one import at a time: each compares with the current values and recomputes from them
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tendik.indicators.import'))").query(Object.class).single();
        long importId = jdbc.sql("""
                INSERT INTO indicator_import (format, file_name, sha256, rows_read, values_read, imported_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                """).params(format, name(fileName), sha256(content), table.rows().size(), rows.size(), userId)
                .query(Long.class).single();
        long start = System.nanoTime();
        int added = values.addChanged(importId, rows);
        log.info("Indicator import {} ({}): {} values read, {} added; stored in {} ms", importId, format, rows.size(),
                added, (System.nanoTime() - start) / 1_000_000);
        jdbc.sql("UPDATE indicator_import SET values_added = ? WHERE id = ?").params(added, importId).update();
        Set<String> indicators = new HashSet<>();
        Set<String> geographies = new HashSet<>();
        for (ValueRow row : rows) {
            indicators.add(row.indicator());
            geographies.add(row.geo());
        }
        events.publishEvent(new IndicatorValuesImported(importId, format, indicators, geographies, added));
        if (added > 0) {
            events.publishEvent(new PublicContentChanged("indicator_values")); // the portal's published figures
        }
        return new ImportResult(importId, format, table.rows().size(), rows.size(), added);
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
