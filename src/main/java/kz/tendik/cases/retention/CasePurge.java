package kz.tendik.cases.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.retention.PurgedData.RecordTable;
import kz.tendik.cases.retention.PurgedData.TextColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes what {@link PurgedData} lists for one case: its free text (cleared: the values are overwritten with null or
 * the row deleted, not hidden) or its whole record (deleted, with the survivor's profile when no other case is
 * hers). Returns what it removed (or, in a dry run, would remove) as counts per column or table — never content.
 */
@Component
class CasePurge {

    private final JdbcClient jdbc;
    private final Timeline timeline;

    CasePurge(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    Map<String, Integer> text(long caseId, boolean dryRun, Instant now) {
        Map<String, Integer> purged = new LinkedHashMap<>();
        for (TextColumn c : PurgedData.TEXT) {
            String rows = " WHERE " + c.column() + " IS NOT NULL AND (" + c.rowsOfCase() + ")";
            String sql = dryRun ? "SELECT count(*) FROM " + c.table() + rows
                    : c.deleteRow() ? "DELETE FROM " + c.table() + rows
                    : "UPDATE " + c.table() + " SET " + c.column() + " = NULL" + rows;
            put(purged, c.label(), count(sql, caseId, dryRun));
        }
        if (!dryRun) {
            jdbc.sql("UPDATE case_file SET text_purged_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
            timeline.recordBySystem(caseId, CaseEventType.TEXT_PURGED, now);
        }
        return purged;
    }

    Map<String, Integer> record(long caseId, boolean dryRun) {
        Long survivor = jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(caseId).query(Long.class)
                .optional().orElse(null);
        Map<String, Integer> purged = new LinkedHashMap<>();
        for (RecordTable t : PurgedData.RECORD) {
            String rows = " FROM " + t.table() + " WHERE " + t.rowsOfCase();
            put(purged, t.table(), count((dryRun ? "SELECT count(*)" : "DELETE") + rows, caseId, dryRun));
        }
        if (survivor != null) {
            String alone = " FROM survivor s WHERE s.id = :survivor AND NOT EXISTS (SELECT 1 FROM case_file c"
                    + " WHERE c.survivor_id = s.id AND c.id <> :caseId)";
            int survivors = dryRun
                    ? jdbc.sql("SELECT count(*)" + alone).param("survivor", survivor).param("caseId", caseId)
                            .query(Integer.class).single()
                    : jdbc.sql("DELETE" + alone).param("survivor", survivor).param("caseId", caseId).update();
            put(purged, "survivor", survivors);
        }
        return purged;
    }

    private int count(String sql, long caseId, boolean dryRun) {
        var statement = jdbc.sql(sql).param("caseId", caseId);
        return dryRun ? statement.query(Integer.class).single() : statement.update();
    }

    private static void put(Map<String, Integer> purged, String what, int count) {
        if (count > 0) {
            purged.merge(what, count, Integer::sum);
        }
    }

    /** {@code incident.narrative=2,case_note.body=1}: what was purged, for the audit log's purpose. */
    static String describe(Map<String, Integer> purged) {
        return purged.isEmpty() ? "nothing" : String.join(",", purged.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
