package kz.tendik.cases.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff the cases module names on a case: display names and who is an active caseworker of a centre. Read
 * from the identity module's {@code app_user} table until identity offers this as an API.
 */
@Component
public class Staff {

    private final JdbcClient jdbc;

    Staff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Member(long id, String displayName) {
    }

    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
    }

    /** Whether the user is an enabled caseworker of the centre. */
    public boolean isCaseworkerOf(long userId, long centreId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM app_user WHERE id = ? AND role = 'CASEWORKER' AND centre_id = ? AND enabled)""")
                .params(userId, centreId).query(Boolean.class).single();
    }

    /** Whether the user is an enabled member of the centre's case staff (caseworker, supervisor or manager). */
    public boolean worksAt(long userId, long centreId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM app_user WHERE id = ? AND centre_id = ? AND enabled
                               AND role IN ('CASEWORKER', 'SUPERVISOR', 'CENTRE_MANAGER'))""")
                .params(userId, centreId).query(Boolean.class).single();
    }

    /** The centre's enabled case staff (caseworkers, supervisors, manager), by name. */
    public List<Member> caseStaffOf(long centreId) {
        return jdbc.sql("""
                SELECT id, display_name FROM app_user WHERE centre_id = ? AND enabled
                AND role IN ('CASEWORKER', 'SUPERVISOR', 'CENTRE_MANAGER') ORDER BY display_name""").param(centreId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
    }

    public List<Member> caseworkersOf(long centreId) {
        return jdbc.sql("""
                SELECT id, display_name FROM app_user WHERE role = 'CASEWORKER' AND centre_id = ? AND enabled
                ORDER BY display_name""").param(centreId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
    }

    public Optional<Long> idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(?)").param(username)
                .query(Long.class).optional();
    }
}
