package kz.tendik.audit.query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.audit.chain.StoredEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds audit entries newest first with keyset paging on the id (which grows with time): a page costs the same
 * at the start of the log and a million entries deep, and entries appended meanwhile do not shift the pages.
 */
@Service
public class AuditSearch {

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The page of at most {@code size} matching entries just older than {@code before} (or, if {@code after} is
     * given, just newer than it; with neither, the newest).
     */
    @Transactional(readOnly = true)
    public EntryPage find(AuditFilter filter, Long before, Long after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        boolean forward = after != null && before == null;
        String cursor = forward ? " AND id > :cursor" : before != null ? " AND id < :cursor" : "";
        if (forward) {
            params.put("cursor", after);
        } else if (before != null) {
            params.put("cursor", before);
        }
        params.put("limit", size + 1);
        List<StoredEntry> rows = new ArrayList<>(jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry WHERE " + where
                        + cursor + " ORDER BY id " + (forward ? "ASC" : "DESC") + " LIMIT :limit")
                .params(params)
                .query(StoredEntry::map)
                .list());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (forward) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new EntryPage(List.of(), null, null);
        }
        long newest = rows.get(0).id();
        long oldest = rows.get(rows.size() - 1).id();
        boolean older = forward ? exists(where, params, "id < " + oldest) : more;
        boolean newer = forward ? more : before != null && exists(where, params, "id > " + newest);
        return new EntryPage(List.copyOf(rows), older ? oldest : null, newer ? newest : null);
    }

    private boolean exists(String where, Map<String, Object> params, String condition) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.remove("cursor");
        p.remove("limit");
        return Boolean.TRUE.equals(jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE " + where + " AND "
                + condition + ")").params(p).query(Boolean.class).single());
    }

    /** Only fixed SQL fragments are joined here; every value is a bound parameter. */
    static String where(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        if (filter.actor() != null) {
            conditions.add("actor_name = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.actionPrefix() != null) {
            conditions.add("action LIKE :action ESCAPE '\\'");
            params.put("action", likePrefix(filter.actionPrefix()));
        }
        if (filter.objectType() != null) {
            conditions.add("object_type = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            conditions.add("object_id = :objectId");
            params.put("objectId", filter.objectId());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        return String.join(" AND ", conditions);
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
