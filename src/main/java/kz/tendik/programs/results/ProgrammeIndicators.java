package kz.tendik.programs.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.programs.survey.SurveyInstruments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Programme indicators by programme, cohort, region and age band (age at the cohort's start), over the enrolments
 * that held a place in cohorts within the user's org unit. The attitude change is measured on the shipped
 * {@code gender-attitudes} scale (PRE and POST rounds). Aggregates only.
 */
@Service
public class ProgrammeIndicators {

    public static final List<String> DIMENSIONS = List.of("programme", "cohort", "region", "ageBand");

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    ProgrammeIndicators(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Every dimension's rows, in {@link #DIMENSIONS} order. */
    public Map<String, List<IndicatorRow>> all(CurrentUser user, Locale locale) {
        policy.require(user, Action.PROGRAMME_RESULTS_READ);
        List<EnrolmentFact> facts = facts().stream()
                .filter(f -> user.orgUnit().contains(OrgUnit.region(f.regionCode()))).toList();
        Map<String, String> regions = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name_kk, name_ru, name_en FROM region").query(rs -> {
            regions.put(rs.getString(1), switch (locale.getLanguage()) {
                case "kk" -> rs.getString(2);
                case "ru" -> rs.getString(3);
                default -> rs.getString(4);
            });
        });
        Map<String, List<IndicatorRow>> all = new LinkedHashMap<>();
        all.put("programme", group("programme", facts, f -> String.valueOf(f.programmeId()), f -> switch (locale.getLanguage()) {
            case "kk" -> f.programmeKk();
            case "ru" -> f.programmeRu();
            default -> f.programmeEn();
        }));
        all.put("cohort", group("cohort", facts, f -> String.valueOf(f.cohortId()), EnrolmentFact::cohortName));
        all.put("region", group("region", facts, EnrolmentFact::regionCode, f -> regions.getOrDefault(f.regionCode(), f.regionCode())));
        all.put("ageBand", group("ageBand", facts, EnrolmentFact::ageBand, EnrolmentFact::ageBand));
        return all;
    }

    static List<IndicatorRow> group(String dimension, List<EnrolmentFact> facts, Function<EnrolmentFact, String> key,
                                    Function<EnrolmentFact, String> label) {
        Map<String, List<EnrolmentFact>> groups = new LinkedHashMap<>();
        facts.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        List<IndicatorRow> rows = new ArrayList<>();
        groups.forEach((k, members) -> rows.add(row(dimension, k, label.apply(members.get(0)), members)));
        return rows;
    }

    /**
     * One group's indicators. The attendance rate is the completion rule's ({@code CompletionRule}): sessions
     * attended over the cohort's sessions less excused absences, summed over the group's members (so a session
     * without a mark counts as missed, and in a cohort still running so do the sessions still to come).
     */
    static IndicatorRow row(String dimension, String key, String label, List<EnrolmentFact> members) {
        int enrolled = members.size();
        int completed = (int) members.stream().filter(EnrolmentFact::completed).count();
        int present = members.stream().mapToInt(EnrolmentFact::present).sum();
        int counted = members.stream().mapToInt(EnrolmentFact::countedSessions).sum();
        List<EnrolmentFact> paired = members.stream().filter(EnrolmentFact::paired).toList();
        Double meanChange = paired.isEmpty() ? null
                : paired.stream().mapToDouble(f -> f.scoreAfter() - f.scoreBefore()).average().orElseThrow();
        Double shareUp = paired.isEmpty() ? null
                : (double) paired.stream().filter(f -> f.bandAfter() > f.bandBefore()).count() / paired.size();
        return new IndicatorRow(dimension, key, label, enrolled, completed,
                enrolled == 0 ? null : (double) completed / enrolled, counted <= 0 ? null : (double) present / counted,
                paired.size(), meanChange, shareUp,
                (int) members.stream().filter(f -> f.businessStarted() != null).count(),
                (int) members.stream().filter(f -> Boolean.TRUE.equals(f.businessStarted())).count());
    }

    /** Every enrolment that was admitted to a place (even if she withdrew later), with its cohort, programme, age, attendance and attitude scores. */
    List<EnrolmentFact> facts() {
        return jdbc.sql("""
                        SELECT e.id, e.status = 'COMPLETED', c.id, c.name, c.starts_on, c.region_code, p.id,
                               p.name_kk, p.name_ru, p.name_en, extract(year FROM c.starts_on)::int - pt.birth_year,
                               (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'PRESENT'),
                               (SELECT count(*) FROM cohort_session s WHERE s.cohort_id = c.id)
                               - (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'EXCUSED'),
                               pre.score, post.score, pre.band_index, post.band_index,
                               (SELECT bool_or(o.business_started) FROM outcome o WHERE o.enrolment_id = e.id)
                        FROM enrolment e
                        JOIN cohort c ON c.id = e.cohort_id
                        JOIN programme p ON p.id = c.programme_id
                        JOIN participant pt ON pt.id = e.participant_id
                        LEFT JOIN (SELECT s.enrolment_id, s.score, s.band_index FROM survey_response s
                                   JOIN survey_round r ON r.id = s.round_id
                                   WHERE r.kind = 'PRE' AND r.instrument_code = :scale) pre ON pre.enrolment_id = e.id
                        LEFT JOIN (SELECT s.enrolment_id, s.score, s.band_index FROM survey_response s
                                   JOIN survey_round r ON r.id = s.round_id
                                   WHERE r.kind = 'POST' AND r.instrument_code = :scale) post ON post.enrolment_id = e.id
                        WHERE e.admitted_at IS NOT NULL
                        ORDER BY p.id, c.starts_on, c.id, e.id""")
                .param("scale", SurveyInstruments.GENDER_ATTITUDES)
                .query((rs, n) -> new EnrolmentFact(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                        (Double) rs.getObject(14), (Double) rs.getObject(15), (Integer) rs.getObject(16),
                        (Integer) rs.getObject(17), (Boolean) rs.getObject(18))).list();
    }
}
