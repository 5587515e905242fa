package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.risk.Reassessment;
import kz.tendik.cases.risk.RiskAnswer;
import kz.tendik.cases.risk.RiskAssessmentResult;
import kz.tendik.cases.risk.RiskInstrument;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.cases.risk.RiskLevel;
import kz.tendik.cases.risk.RiskScoring;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.task.SystemTask;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Risk assessments of a case: scored by {@link RiskScoring} with the instrument's code and version kept, every one
 * kept as history, audited ({@code risk-assessment.create}, {@code risk-assessment.read}); a high level puts the task
 * "refer to the akimat's multi-agency group" on the case.
 */
@Service
public class RiskAssessments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final RiskInstruments instruments;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final SafetyTasks tasks;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ZoneId zone;

    RiskAssessments(JdbcClient jdbc, RiskInstruments instruments, CaseAccess access, CasesAudit audit,
                    Idempotency idempotency, Timeline timeline, SafetyTasks tasks, FieldCipher cipher, Clock clock,
                    @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.tasks = tasks;
        this.cipher = cipher;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Idempotency.Outcome record(CurrentUser user, long caseId, RiskAssessmentDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "risk-assessment.create");
        return idempotency.once(user, "risk-assessment.create:" + caseId, key, draft, () -> {
            RiskAssessmentResult result = assess(draft);
            Instant now = clock.instant();
            long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('risk_assessment', 'id'))").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO risk_assessment (id, case_id, instrument_code, instrument_version, answers, score,
                        scored_level, level, raise_reason, assessed_by, assessed_at)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)""")
                    .params(id, caseId, result.instrumentCode(), result.instrumentVersion(),
                            JSON.writeValueAsString(new java.util.TreeMap<>(result.answers())), result.score(),
                            result.scoredLevel().name(), result.level().name(),
                            result.raiseReason() == null ? null
                                    : cipher.encrypt(result.raiseReason(), SafetyColumns.RAISE_REASON.associatedData(id)),
                            user.id(), Timestamp.from(now)).update();
            jdbc.sql("UPDATE case_file SET assessment_recorded = TRUE, last_activity_at = ? WHERE id = ?")
                    .params(Timestamp.from(now), caseId).update();
            timeline.record(caseId, CaseEventType.RISK_ASSESSED, now, user.id(), id);
            if (result.referralToMultiAgencyGroupDue()) {
                tasks.add(caseId, SystemTask.multiAgencyReferral(), LocalDate.now(clock.withZone(zone)), user.id(), now);
            }
            audit.success(user, "risk-assessment.create", "risk-assessment", id, grant.purpose());
            return id;
        });
    }

    /** The assessments of a case, newest first, audited as {@code risk-assessment.read}. */
    @Transactional
    public List<RiskAssessmentView> list(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "risk-assessment.read", "case", caseId, grant.purpose());
        return historyOf(caseId);
    }

    /** One assessment (after a create), audited. */
    @Transactional
    public RiskAssessmentView read(CurrentUser user, long caseId, long id) {
        CaseAccess.Grant grant = access.read(user, caseId);
        RiskAssessmentView view = historyOf(caseId).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(kz.tendik.shared.web.NotFoundException::new);
        audit.read(user, "risk-assessment.read", "risk-assessment", id, grant.purpose());
        return view;
    }

    /** For a page whose caller has checked and audited the read of the case. */
    public List<RiskAssessmentView> historyOf(long caseId) {
        return jdbc.sql("""
                SELECT r.id, r.instrument_code, r.instrument_version, r.answers::text, r.score, r.scored_level, r.level,
                       r.raise_reason, r.assessed_by, u.display_name, r.assessed_at
                FROM risk_assessment r JOIN app_user u ON u.id = r.assessed_by
                WHERE r.case_id = ? ORDER BY r.assessed_at DESC, r.id DESC""").param(caseId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    byte[] reason = rs.getBytes(8);
                    return new RiskAssessmentView(id, rs.getString(2), rs.getInt(3), answers(rs.getString(4)), rs.getInt(5),
                            RiskLevel.valueOf(rs.getString(6)), RiskLevel.valueOf(rs.getString(7)),
                            reason == null ? null : cipher.decrypt(reason, SafetyColumns.RAISE_REASON.associatedData(id)),
                            rs.getLong(9), rs.getString(10), rs.getTimestamp(11).toInstant());
                }).list();
    }

    /** Whether an incident was recorded after the latest assessment (or there is none yet). */
    public boolean reassessmentDue(long caseId) {
        Optional<Instant> latest = jdbc.sql("SELECT max(assessed_at) FROM risk_assessment WHERE case_id = ?").param(caseId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        Optional<Instant> incident = jdbc.sql("SELECT last_incident_recorded_at FROM case_file WHERE id = ?").param(caseId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        return Reassessment.isDue(latest.orElse(null), incident.orElse(null));
    }

    /** The instrument a new assessment uses. */
    public RiskInstrument standardInstrument() {
        return instruments.standard();
    }

    private RiskAssessmentResult assess(RiskAssessmentDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        RiskInstrument instrument = instrument(draft, problems);
        Map<String, RiskAnswer> answers = new LinkedHashMap<>();
        if (draft.answers() != null) {
            draft.answers().forEach((code, text) -> {
                if (text == null || text.isBlank()) {
                    return;
                }
                try {
                    answers.put(code, RiskAnswer.valueOf(text.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(RiskScoring.answerField(code), "validation.invalidValue"));
                }
            });
        }
        RiskLevel level = null;
        if (draft.professionalLevel() != null && !draft.professionalLevel().isBlank()) {
            try {
                level = RiskLevel.valueOf(draft.professionalLevel().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(RiskScoring.PROFESSIONAL_LEVEL, "validation.invalidValue"));
            }
        }
        if (instrument == null) {
            throw new UserInputException(problems);
        }
        String reason = draft.professionalReason() == null || draft.professionalReason().isBlank() ? null
                : draft.professionalReason();
        List<FieldProblem> scoring = RiskScoring.problems(instrument, answers, level, reason);
        scoring.stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return RiskScoring.assess(instrument, answers, level, reason);
    }

    private RiskInstrument instrument(RiskAssessmentDraft draft, List<FieldProblem> problems) {
        String code = draft.instrumentCode() == null || draft.instrumentCode().isBlank()
                ? RiskInstruments.DEFAULT_CODE : draft.instrumentCode();
        Optional<RiskInstrument> found = draft.instrumentVersion() == null ? instruments.latest(code)
                : instruments.find(code, draft.instrumentVersion());
        if (found.isEmpty()) {
            problems.add(new FieldProblem(draft.instrumentVersion() == null ? "instrumentCode" : "instrumentVersion",
                    "cases.safety.unknownInstrument"));
        }
        return found.orElse(null);
    }

    private static Map<String, RiskAnswer> answers(String json) {
        Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        Map<String, RiskAnswer> answers = new LinkedHashMap<>();
        raw.forEach((code, answer) -> answers.put(code, RiskAnswer.valueOf(answer)));
        return answers;
    }
}
