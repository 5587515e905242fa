package kz.tendik.identity.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.tendik.identity.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code supervision} table. Every read joins both accounts and keeps only a supervisor and a caseworker of the
 * same centre, so a row left behind by a change of role or centre never counts.
 */
@Repository
public class SupervisionStore implements Teams {

    /** A caseworker in a team, with the moment she joined it. */
    public record Member(long caseworkerId, String username, String displayName, boolean enabled, Instant since) {
    }

    private static final String VALID = """
            FROM supervision s
            JOIN app_user sv ON sv.id = s.supervisor_id AND sv.role = 'SUPERVISOR' AND sv.scope_level = 'CENTRE'
            JOIN app_user cw ON cw.id = s.caseworker_id AND cw.role = 'CASEWORKER' AND cw.centre_id = sv.centre_id
            """;

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> teamOf(long supervisorId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT s.caseworker_id " + VALID + " WHERE s.supervisor_id = ?")
                .param(supervisorId).query(Long.class).list());
    }

    /** The team of the supervisor, by name. */
    public List<Member> members(long supervisorId) {
        return jdbc.sql("SELECT cw.id, cw.username, cw.display_name, cw.enabled, s.since " + VALID
                        + " WHERE s.supervisor_id = ? ORDER BY cw.display_name, cw.id")
                .param(supervisorId).query(SupervisionStore::member).list();
    }

    /** The pairs (supervisor, caseworker) of a centre's teams, for the centre's page. */
    public List<Pair> ofCentre(long centreId) {
        return jdbc.sql("SELECT s.supervisor_id, s.caseworker_id, s.since " + VALID + " WHERE sv.centre_id = ?")
                .param(centreId)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    public record Pair(long supervisorId, long caseworkerId, Instant since) {
    }

    /** Adds the caseworker to the team; false when she was in it already. */
    public boolean add(long supervisorId, long caseworkerId, Long setBy, Instant since) {
        return jdbc.sql("""
                INSERT INTO supervision (supervisor_id, caseworker_id, since, set_by) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(supervisorId, caseworkerId, Timestamp.from(since), setBy).update() == 1;
    }

    public boolean remove(long supervisorId, long caseworkerId) {
        return jdbc.sql("DELETE FROM supervision WHERE supervisor_id = ? AND caseworker_id = ?")
                .params(supervisorId, caseworkerId).update() == 1;
    }

    /** Every row the user is part of (as supervisor or caseworker), valid or not; removes them. */
    public List<Pair> removeAllOf(long userId) {
        return jdbc.sql("""
                DELETE FROM supervision WHERE supervisor_id = :id OR caseworker_id = :id
                RETURNING supervisor_id, caseworker_id, since""").param("id", userId)
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** Every row of the supervisor as stored (for replacing a team), valid or not. */
    public Set<Long> storedTeamOf(long supervisorId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT caseworker_id FROM supervision WHERE supervisor_id = ?")
                .param(supervisorId).query(Long.class).list());
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getTimestamp(5).toInstant());
    }
}
