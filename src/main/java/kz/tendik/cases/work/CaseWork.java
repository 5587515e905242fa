package kz.tendik.cases.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * plans whose review date has passed and emergency (break-glass) access to their cases in the last 30 days. Each part is one counting query and one paged query (no query per item); the
 * survivors' initials of all parts come from one more query. Only case numbers, initials, dates and codes are
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
        // every part's count in one statement (one round trip and plan instead of one per part), then a page of each
        // part that has anything in it
        CaseScope scope = access.scope(user);
        Map<String, Object> params = params(scope);
        StringBuilder counts = new StringBuilder("SELECT ");
        for (WorkSection section : WorkSection.values()) {
            counts.append(section.ordinal() == 0 ? "" : ", ").append("(SELECT count(*) FROM (")
                    .append(query(user, scope, section)).append(") q").append(section.ordinal()).append(')');
        }
        long[] totals = jdbc.sql(counts.toString()).params(params).query((rs, n) -> {
            long[] t = new long[WorkSection.values().length];
            for (int i = 0; i < t.length; i++) {
                t[i] = rs.getLong(i + 1);
            }
            return t;
        }).single();
        List<Found> found = new ArrayList<>();
        for (WorkSection section : WorkSection.values()) {
            found.add(page(user, scope, section, totals[section.ordinal()], 0, HOME_ITEMS, params));
        }
        audit.read(user, "case.work", "case", null, "overview");
        return withInitials(found);
    }

    /** One part, one page of it. */
    @Transactional
    public Part section(CurrentUser user, WorkSection section, int page) {
        access.require(user, Action.CASE_READ);
        Found found = find(user, section, page, PAGE_SIZE);
        audit.read(user, "case.work", "case", null, section.slug() + ":page:" + page);
        return withInitials(List.of(found)).get(0);
    }

    private record Row(long id, long caseId, String caseNumber, long survivorId, LocalDate date, String code) {
    }

    private record Found(WorkSection section, long total, int page, int size, List<Row> rows) {
    }

    private Found find(CurrentUser user, WorkSection section, int page, int size) {
        CaseScope scope = access.scope(user);
        Map<String, Object> params = params(scope);
        long total = jdbc.sql("SELECT count(*) FROM (" + query(user, scope, section) + ") q").params(params)
                .query(Long.class).single();
        return page(user, scope, section, total, page, size, params);
    }

    /** The part's query over the cases the user reaches (its parameters from {@link #params}). */
    private static String query(CurrentUser user, CaseScope scope, WorkSection section) {
        String condition = scope.condition();
        if (section == WorkSection.OVERDUE_FOLLOW_UPS && user.role() == Role.CASEWORKER) {
            condition = condition + " AND (f.assigned_to = :scopeUser OR f.assigned_to IS NULL)";
        }
        if (section == WorkSection.MY_CASES) {
            return section.query().formatted(CaseScope.STAGE, condition, CaseScope.OPEN);
        }
        // an emergency access to a closed case matters as much as to an open one
        return section.query().formatted(condition, section == WorkSection.EMERGENCY_ACCESS ? "TRUE" : CaseScope.OPEN);
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

    private Found page(CurrentUser user, CaseScope scope, WorkSection section, long total, int page, int size,
                       Map<String, Object> common) {
        Map<String, Object> params = new HashMap<>(common);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Row> rows = total <= (long) page * size ? List.of() : jdbc.sql(query(user, scope, section) + " ORDER BY "
                        + section.order() + " LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new Row(rs.getLong("item_id"), rs.getLong("case_id"), rs.getString("case_number"),
                        rs.getLong("survivor_id"), rs.getObject("on_date", LocalDate.class), rs.getString("code")))
                .list();
        return new Found(section, total, page, size, rows);
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
