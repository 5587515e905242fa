package kz.tendik.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of {@code audit_entry} exactly as stored, hashes included. */
public record StoredEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
                          String objectType, String objectId, String purpose, String outcome, String clientIp,
                          String prevHash, String hash) {

    /** The columns {@link #map} reads, for {@code SELECT}. */
    public static final String COLUMNS = "id, occurred_at, actor_id, actor_name, action, object_type, object_id, "
            + "purpose, outcome, client_ip, prev_hash, hash";

    /** Maps a row selected with {@link #COLUMNS}. */
    public static StoredEntry map(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("purpose"),
                rs.getString("outcome"), rs.getString("client_ip"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The hash this entry should carry, recomputed from its stored previous hash and content. */
    public String expectedHash() {
        return ChainHash.hash(prevHash, ChainHash.canonical(id, occurredAt, actorId, actorName, action, objectType,
                objectId, purpose, outcome, clientIp));
    }
}
