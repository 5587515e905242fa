package kz.tendik.programs.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.programs.cohort.Cohorts;
import kz.tendik.programs.impact.AttritionFunnel;
import kz.tendik.programs.impact.ImpactAnalysis;
import kz.tendik.programs.survey.InstrumentCatalogue;
import kz.tendik.programs.survey.RoundKind;
import kz.tendik.programs.survey.StoredResponse;
import kz.tendik.programs.survey.SurveyInstrument;
import kz.tendik.programs.survey.SurveyResult;
import kz.tendik.programs.survey.SurveyRounds;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Impact reports from the stored responses, through {@link ImpactAnalysis}: a cohort's (for the people who run
 * it), a programme's and a region's (for programme coordinators and analysts, over the cohorts within their org
 * unit). Before and after are the PRE and POST rounds of the same instrument version, and PRE against the
 * FOLLOW_UP round when there is one; participants are paired by enrolment. Only aggregates leave this class.
 */
@Service
public class ImpactReports {

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final SurveyRounds rounds;
    private final InstrumentCatalogue instruments;
    private final AccessPolicy policy;

    ImpactReports(JdbcClient jdbc, Cohorts cohorts, SurveyRounds rounds, InstrumentCatalogue instruments,
                  AccessPolicy policy) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.instruments = instruments;
        this.policy = policy;
    }

    public ImpactReport cohort(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return report(List.of(cohortId));
    }

    public ImpactReport programme(long programmeId, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_RESULTS_READ);
        if (jdbc.sql("SELECT count(*) FROM programme WHERE id = ?").param(programmeId).query(Long.class).single() == 0) {
            throw new NotFoundException();
        }
        return report(visibleCohorts(user, "programme_id = ?", programmeId));
    }

    public ImpactReport region(String regionCode, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_RESULTS_READ);
        if (jdbc.sql("SELECT count(*) FROM region WHERE code = ?").param(regionCode).query(Long.class).single() == 0
                || !user.orgUnit().contains(OrgUnit.region(regionCode))) {
            throw new NotFoundException();
        }
        return report(visibleCohorts(user, "region_code = ?", regionCode));
    }

    /** The cohorts matching the condition whose region lies within the user's org unit. */
    List<Long> visibleCohorts(CurrentUser user, String condition, Object value) {
        List<Long> ids = new ArrayList<>();
        jdbc.sql("SELECT id, region_code FROM cohort WHERE " + condition + " ORDER BY id").param(value).query(rs -> {
            if (user.orgUnit().contains(OrgUnit.region(rs.getString(2)))) {
                ids.add(rs.getLong(1));
            }
        });
        return ids;
    }

    ImpactReport report(List<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return new ImpactReport(0, AttritionFunnel.of(List.of(), List.of(), List.of(), List.of()), List.of());
        }
        Set<Long> enrolled = new HashSet<>();
        Set<Long> completed = new HashSet<>();
        // enrolled: admitted to a place (someone who left from the waiting list never was)
        jdbc.sql("SELECT id, status FROM enrolment WHERE cohort_id IN (:ids) AND admitted_at IS NOT NULL")
                .param("ids", cohortIds).query(rs -> {
                    enrolled.add(rs.getLong(1));
                    if (rs.getString(2).equals("COMPLETED")) {
                        completed.add(rs.getLong(1));
                    }
                });
        // instrument code/version -> kind -> enrolment -> result
        Map<String, Map<RoundKind, Map<Long, SurveyResult>>> byInstrument = new LinkedHashMap<>();
        Map<String, SurveyInstrument> used = new HashMap<>();
        Map<Long, RoundKind> roundKinds = new HashMap<>();
        List<Long> roundIds = new ArrayList<>();
        for (long cohortId : cohortIds) {
            rounds.roundsOf(cohortId).forEach(r -> {
                roundKinds.put(r.id(), r.kind());
                roundIds.add(r.id());
            });
        }
        Set<Long> before = new HashSet<>();
        Set<Long> after = new HashSet<>();
        for (StoredResponse response : rounds.responsesOfRounds(roundIds)) {
            String key = response.instrumentCode() + "/" + response.instrumentVersion();
            SurveyInstrument instrument = used.computeIfAbsent(key, k -> instruments
                    .find(response.instrumentCode(), response.instrumentVersion()).orElseThrow());
            RoundKind kind = roundKinds.get(response.roundId());
            byInstrument.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new HashMap<>())
                    .put(response.enrolmentId(), response.toResult(instrument));
            if (kind == RoundKind.PRE) {
                before.add(response.enrolmentId());
            } else if (kind == RoundKind.POST) {
                after.add(response.enrolmentId());
            }
        }
        List<ImpactReport.Measure> measures = new ArrayList<>();
        byInstrument.forEach((key, kinds) -> {
            SurveyInstrument instrument = used.get(key);
            Map<Long, SurveyResult> pre = kinds.getOrDefault(RoundKind.PRE, Map.of());
            Map<Long, SurveyResult> followUp = kinds.get(RoundKind.FOLLOW_UP);
            measures.add(new ImpactReport.Measure(instrument,
                    ImpactAnalysis.of(instrument, pre, kinds.getOrDefault(RoundKind.POST, Map.of())),
                    followUp == null ? null : ImpactAnalysis.of(instrument, pre, followUp)));
        });
        return new ImpactReport(cohortIds.size(), AttritionFunnel.of(enrolled, completed, before, after), measures);
    }
}
