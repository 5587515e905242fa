package kz.tendik.cases.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseFacts;
import kz.tendik.cases.casefile.FamilyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_file}, {@code case_assignment} and {@code case_number_counter} tables. */
@Repository
public class CaseStore {

    private static final String COLUMNS = """
            c.id, c.case_number, c.survivor_id, c.centre_id, c.family_category, c.opened_at, c.opened_by,
            c.assessment_recorded, c.case_plan_recorded, c.planned_services, c.started_services, c.settled_services,
            c.last_activity_at, c.closed_at, c.reopened_at, c.legal_hold, c.version""";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next running number of the centre in the year (1, 2, ...), counted under a row lock. */
    public int nextSequence(long centreId, int year) {
        return jdbc.sql("""
                INSERT INTO case_number_counter (centre_id, year, last) VALUES (?, ?, 1)
                ON CONFLICT (centre_id, year) DO UPDATE SET last = case_number_counter.last + 1 RETURNING last""")
                .params(centreId, year).query(Integer.class).single();
    }

    public long insert(String caseNumber, long survivorId, long centreId, FamilyCategory category, long userId,
                       Instant now) {
        return jdbc.sql("""
                INSERT INTO case_file (case_number, survivor_id, centre_id, family_category, opened_at, opened_by,
                                       updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseNumber, survivorId, centreId, category == null ? null : category.name(),
                        Timestamp.from(now), userId, Timestamp.from(now))
                .query(Long.class).single();
    }

    public void assign(long caseId, List<Long> userIds, Instant now) {
        CaseAccess.reachChanged();
        jdbc.sql("DELETE FROM case_assignment WHERE case_id = ?").param(caseId).update();
        for (int i = 0; i < userIds.size(); i++) {
            jdbc.sql("INSERT INTO case_assignment (case_id, user_id, lead, assigned_at) VALUES (?, ?, ?, ?)")
                    .params(caseId, userIds.get(i), i == 0, Timestamp.from(now)).update();
        }
    }

    public List<Long> assigned(long caseId) {
        return jdbc.sql("SELECT user_id FROM case_assignment WHERE case_id = ? ORDER BY lead DESC, assigned_at, user_id")
                .param(caseId).query(Long.class).list();
    }

    public Optional<CaseRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_file c WHERE c.id = ?").param(id).query(CaseStore::row)
                .optional();
    }

    public Optional<Long> idOfNumber(String caseNumber) {
        return jdbc.sql("SELECT id FROM case_file WHERE case_number = ?").param(caseNumber).query(Long.class).optional();
    }

    /** Changes the family category if the case is still at {@code version}; false when it has moved on. */
    public boolean update(long id, int version, FamilyCategory category, Instant now) {
        return jdbc.sql("""
                UPDATE case_file SET family_category = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(category == null ? null : category.name(), Timestamp.from(now), id, version).update() == 1;
    }

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("family_category");
        CaseFacts facts = new CaseFacts(rs.getBoolean("assessment_recorded"), rs.getBoolean("case_plan_recorded"),
                rs.getInt("planned_services"), rs.getInt("started_services"), rs.getInt("settled_services"),
                instant(rs, "last_activity_at"), instant(rs, "closed_at"), instant(rs, "reopened_at"));
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("survivor_id"),
                rs.getLong("centre_id"), category == null ? null : FamilyCategory.valueOf(category),
                rs.getTimestamp("opened_at").toInstant(), rs.getLong("opened_by"), facts, rs.getBoolean("legal_hold"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
