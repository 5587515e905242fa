package kz.tendik.cases.file;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.access.CaseScope;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.risk.RiskLevel;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case lists: the cases the user reaches ({@link CaseScope}), filtered in SQL and paged there (one query for
 * the page, one for the count, one for the page's initials), newest first. A line shows the case number and the
 * survivor's initials, never the name; the list is audited as {@code case.list} with the page and filters as codes.
 */
@Service
public class CaseListing {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final SurvivorStore survivors;
    private final CasesAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    CaseListing(JdbcClient jdbc, CaseAccess access, SurvivorStore survivors, CasesAudit audit, Clock clock,
                @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.survivors = survivors;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** What a list can be narrowed by; every part is optional. {@code overdue}: with a task past its due date. */
    public record Filter(CaseStage stage, FamilyCategory category, RiskLevel risk, Long caseworker, Boolean overdue,
                         LocalDate openedFrom, LocalDate openedTo) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

        /** The filter as codes for the audit log (never personal data). */
        String auditCodes() {
            List<String> parts = new ArrayList<>();
            if (stage != null) parts.add("stage=" + stage);
            if (category != null) parts.add("category=" + category);
            if (risk != null) parts.add("risk=" + risk);
            if (caseworker != null) parts.add("caseworker=" + caseworker);
            if (Boolean.TRUE.equals(overdue)) parts.add("overdue");
            if (openedFrom != null) parts.add("from=" + openedFrom);
            if (openedTo != null) parts.add("to=" + openedTo);
            return String.join(",", parts);
        }
    }

    /** A line of a list: the number and the survivor's initials, never the name. */
    public record CaseSummary(long id, String caseNumber, String initials, CaseStage stage,
                              FamilyCategory familyCategory, RiskLevel riskLevel, String leadCaseworker,
                              int overdueTasks, Instant openedAt) {
    }

    public record Listing(List<CaseSummary> items, int page, int size, long total) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional
    public Listing list(CurrentUser user, Filter filter, int page, int size) {
        access.require(user, Action.CASE_READ);
        if (filter.openedFrom() != null && filter.openedTo() != null && filter.openedTo().isBefore(filter.openedFrom())) {
            throw new UserInputException(List.of(new FieldProblem("openedTo", "cases.list.toBeforeFrom")));
        }
        CaseScope scope = access.scope(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder(scope.condition());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        params.put("today", today);
        if (filter.stage() != null) {
            where.append(" AND (").append(CaseScope.STAGE).append(") = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.category() != null) {
            where.append(" AND c.family_category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.risk() != null) {
            where.append(" AND c.risk_level = :risk");
            params.put("risk", filter.risk().name());
        }
        if (filter.caseworker() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM case_assignment fa WHERE fa.case_id = c.id AND fa.user_id = :worker)");
            params.put("worker", filter.caseworker());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" AND EXISTS (SELECT 1 FROM follow_up fo WHERE fo.case_id = c.id AND fo.done_at IS NULL")
                    .append(" AND fo.due_on < :today)");
        }
        if (filter.openedFrom() != null) {
            where.append(" AND c.opened_at >= :from");
            params.put("from", Timestamp.from(filter.openedFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.openedTo() != null) {
            where.append(" AND c.opened_at < :to");
            params.put("to", Timestamp.from(filter.openedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        long total = jdbc.sql("SELECT count(*) FROM case_file c WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        record Row(long id, String number, long survivorId, CaseStage stage, FamilyCategory category, RiskLevel risk,
                   String lead, int overdue, Instant openedAt) {
        }
        List<Row> rows = jdbc.sql("""
                WITH page AS (
                    SELECT c.id, c.case_number, c.survivor_id, %s AS stage, c.family_category, c.risk_level, c.opened_at
                    FROM case_file c WHERE %s
                    ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit OFFSET :offset)
                SELECT p.*,
                       (SELECT u.display_name FROM case_assignment a JOIN app_user u ON u.id = a.user_id
                        WHERE a.case_id = p.id ORDER BY a.lead DESC, a.assigned_at, a.user_id LIMIT 1) AS lead,
                       (SELECT count(*) FROM follow_up f WHERE f.case_id = p.id AND f.done_at IS NULL
                          AND f.due_on < :today) AS overdue
                FROM page p ORDER BY p.opened_at DESC, p.id DESC""".formatted(CaseScope.STAGE, where))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("case_number"), rs.getLong("survivor_id"),
                        CaseStage.valueOf(rs.getString("stage")),
                        rs.getString("family_category") == null ? null : FamilyCategory.valueOf(rs.getString("family_category")),
                        rs.getString("risk_level") == null ? null : RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getString("lead"), rs.getInt("overdue"), rs.getTimestamp("opened_at").toInstant()))
                .list();
        Map<Long, String> initials = survivors.initials(rows.stream().map(Row::survivorId).toList());
        List<CaseSummary> items = rows.stream().map(r -> new CaseSummary(r.id(), r.number(),
                initials.getOrDefault(r.survivorId(), "?"), r.stage(), r.category(), r.risk(), r.lead(), r.overdue(),
                r.openedAt())).toList();
        String codes = filter.auditCodes();
        audit.read(user, "case.list", "case", null, "page:" + page + (codes.isEmpty() ? "" : ";" + codes));
        return new Listing(items, page, size, total);
    }
}
