package kz.tendik.cases.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.access.CaseScope;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs the user's attention today, over the cases they reach: their open cases, overdue follow-ups, protective
 * measures expiring within seven days, high-risk cases without a safety plan, risk assessments due again, help
 * plans whose review date has passed and emergency (break-glass) access to their cases in the last 30 days. All parts'
 * counts and first items come from one statement (no query per part or per item); the survivors' initials of all
 * parts from one more. Only case numbers, initials, dates and codes are
 * returned; audited as {@code case.work}.
 */
@Service
public class CaseWork {

    /** Items shown per part on the home page; each part's own page shows {@link #PAGE_SIZE}. */
    public static final int HOME_ITEMS = 5;
    public static final int PAGE_SIZE = 25;
    static final int EXPIRY_DAYS = 7;
    /** Break-glass grants on the user's cases are shown for this many days after they were made. */
    static final int BREAK_GLASS_NOTICE_DAYS = 30;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final SurvivorStore survivors;
    private final CasesAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    CaseWork(JdbcClient jdbc, CaseAccess access, SurvivorStore survivors, CasesAudit audit, Clock clock,
             @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.survivors = survivors;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * One item: the case it concerns (number and initials only), a date (due, expiry, opened, assessed, incident
     * recorded or review) and a code: the stage, the days overdue, the measure type or the risk level.
     */
    public record Item(long id, long caseId, String caseNumber, String initials, LocalDate date, String code) {
    }

    public record Part(WorkSection section, long total, int page, int size, List<Item> items) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public String slug() {
            return section.slug();
        }
    }

    /** Every part's count and first items, for the home page. */
    @Transactional
    public List<Part> overview(CurrentUser user) {
        access.require(user, Action.CASE_READ);
        CaseScope scope = access.scope(user);
        List<Found> found = fetch(user, scope, List.of(WorkSection.values()), 0, HOME_ITEMS);
        audit.read(user, "case.work", "case", null, "overview");
        return withInitials(found);
    }

    /** One part, one page of it. */
    @Transactional
    public Part section(CurrentUser user, WorkSection section, int page) {
        access.require(user, Action.CASE_READ);
        CaseScope scope = access.scope(user);
        Found found = fetch(user, scope, List.of(section), page, PAGE_SIZE).get(0);
        if (scope.resolvedOnce() && found.rows().isEmpty() && page > 0) {
            // past the last page: the rows that carry the total are not there, so count them
            long total = jdbc.sql(source(scope) + "SELECT count(*) FROM (" + query(user, section) + ") q")
                    .params(params(scope)).query(Long.class).single();
            found = new Found(section, total, page, PAGE_SIZE, List.of());
        }
        audit.read(user, "case.work", "case", null, section.slug() + ":page:" + page);
        return withInitials(List.of(found)).get(0);
    }

    private record Row(long id, long caseId, String caseNumber, long survivorId, LocalDate date, String code) {
    }

    private record Found(WorkSection section, long total, int page, int size, List<Row> rows) {
    }

    /** A page of each part with its total. */
    private List<Found> fetch(CurrentUser user, CaseScope scope, List<WorkSection> sections, int page, int size) {
        Map<String, Object> params = params(scope);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return scope.resolvedOnce() ? together(user, scope, sections, page, size, params)
                : apart(user, scope, sections, page, size, params);
    }

    /**
     * A few thousand cases at most: one statement, the user's cases looked up once, then per part its rows in order
     * with how many there are in all ({@code count(*) OVER ()}, taken before the limit). A part with nothing on the
     * page gives no row and a total of 0 here.
     */
    private List<Found> together(CurrentUser user, CaseScope scope, List<WorkSection> sections, int page, int size,
                                 Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(source(scope));
        for (WorkSection section : sections) {
            sql.append(section == sections.get(0) ? "" : " UNION ALL ").append("(SELECT ").append(section.ordinal())
                    .append(" AS section, count(*) OVER () AS total, s.item_id, s.case_id, s.case_number, s.survivor_id,")
                    .append(" s.on_date, s.code FROM (").append(query(user, section)).append(") s ORDER BY ")
                    .append(section.order()).append(" LIMIT :limit OFFSET :offset)");
        }
        long[] totals = new long[WorkSection.values().length];
        Map<WorkSection, List<Row>> rows = new EnumMap<>(WorkSection.class);
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            WorkSection section = WorkSection.values()[rs.getInt("section")];
            totals[section.ordinal()] = rs.getLong("total");
            rows.computeIfAbsent(section, s -> new ArrayList<>()).add(row(rs));
        });
        return sections.stream().map(section -> new Found(section, totals[section.ordinal()], page, size,
                rows.getOrDefault(section, List.of()))).toList();
    }

    /**
     * A whole centre (up to 25,000 cases): every part's count in one statement, then a page of each part that has
     * anything on it, which its index gives in order without sorting the part (on the largest centre 115-150 ms
     * against 145-265 ms for the statement of {@link #together}).
     */
    private List<Found> apart(CurrentUser user, CaseScope scope, List<WorkSection> sections, int page, int size,
                              Map<String, Object> params) {
        StringBuilder counts = new StringBuilder(source(scope)).append("SELECT ");
        for (WorkSection section : sections) {
            counts.append(section == sections.get(0) ? "" : ", ").append("(SELECT count(*) FROM (")
                    .append(query(user, section)).append(") q").append(section.ordinal()).append(')');
        }
        long[] totals = jdbc.sql(counts.toString()).params(params).query((rs, n) -> {
            long[] t = new long[sections.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = rs.getLong(i + 1);
            }
            return t;
        }).single();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            WorkSection section = sections.get(i);
            List<Row> rows = totals[i] <= (long) page * size ? List.of()
                    : jdbc.sql(source(scope) + query(user, section) + " ORDER BY " + section.order()
                            + " LIMIT :limit OFFSET :offset").params(params).query((rs, n) -> row(rs)).list();
            found.add(new Found(section, totals[i], page, size, rows));
        }
        return found;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("item_id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getLong("survivor_id"), rs.getObject("on_date", LocalDate.class), rs.getString("code"));
    }

    /**
     * {@code work_case}: the cases the user reaches. A caseworker's or supervisor's are looked up once for all the
     * parts (a team's 1,100 cases were otherwise found again by each of seven parts, decision 0034); a manager's are
     * every case of the centre, which each part reaches best through its own index.
     */
    private static String source(CaseScope scope) {
        return "WITH work_case AS " + (scope.resolvedOnce() ? "MATERIALIZED" : "NOT MATERIALIZED") + " (SELECT "
                + WorkSection.CASE_COLUMNS + " FROM case_file c WHERE " + scope.condition() + ") ";
    }

    /** The part's query over {@code work_case} (its parameters from {@link #params}). */
    private static String query(CurrentUser user, WorkSection section) {
        String item = section == WorkSection.OVERDUE_FOLLOW_UPS && user.role() == Role.CASEWORKER
                ? "(f.assigned_to = :scopeUser OR f.assigned_to IS NULL)" : "TRUE";
        if (section == WorkSection.MY_CASES) {
            return section.query().formatted(CaseScope.STAGE, item, CaseScope.OPEN);
        }
        // an emergency access to a closed case matters as much as to an open one
        return section.query().formatted(item, section == WorkSection.EMERGENCY_ACCESS ? "TRUE" : CaseScope.OPEN);
    }

    /** The parameters every part's query takes: the user's scope, today, now and a week from now in the zone. */
    private Map<String, Object> params(CaseScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        params.put("zone", zone.getId());
        params.put("today", now.toLocalDate());
        params.put("now", now);
        params.put("week", now.plusDays(EXPIRY_DAYS));
        params.put("noticeSince", now.minusDays(BREAK_GLASS_NOTICE_DAYS));
        return params;
    }

    /** The parts with the survivors' initials, decrypted in one query for all of them. */
    private List<Part> withInitials(List<Found> found) {
        Map<Long, String> initials = survivors.initials(found.stream().flatMap(f -> f.rows().stream())
                .map(Row::survivorId).distinct().toList());
        return found.stream().map(f -> new Part(f.section(), f.total(), f.page(), f.size(), f.rows().stream()
                .map(r -> new Item(r.id(), r.caseId(), r.caseNumber(), initials.getOrDefault(r.survivorId(), "?"),
                        r.date(), r.code()))
                .toList())).toList();
    }
}
