package kz.tendik.audit.chain;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code audit_entry} by primary-key ranges (keyset), so no batch costs more than its own rows. */
@Component
class JdbcEntrySource implements EntrySource {

    private final JdbcClient jdbc;

    JdbcEntrySource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    @Override
    public List<StoredEntry> batch(long afterId, long upToId, int limit) {
        return jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")
                .params(afterId, upToId, limit)
                .query(StoredEntry::map)
                .list();
    }
}
