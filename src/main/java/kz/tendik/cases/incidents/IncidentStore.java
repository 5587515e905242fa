package kz.tendik.cases.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LawForm;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.shared.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code incident} and {@code perpetrator} tables; encrypts and decrypts the narrative and the details. */
@Repository
class IncidentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    IncidentStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Details(String name, String notes) {
    }

    long insert(long caseId, IncidentInput in, Derived d, long userId, Instant now) {
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('incident', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO incident (id, case_id, incident_date, report_date, time_of_day, region_code, district,
                    location_type, gbv_answers, gbv_type, law_form, harmful_practice, money_exchanged, abduction,
                    reported_elsewhere, prior_gbv, referred_from, wants_legal_action, survivor_age_group, survivor_sex,
                    context_flags, reporting_delay, narrative, created_by, created_at, updated_by, updated_at)
                VALUES (:id, :case, :incidentDate, :reportDate, :timeOfDay, :region, :district, :location,
                    CAST(:answers AS jsonb), :type, :lawForm, :practice, :money, :abduction, :elsewhere, :priorGbv,
                    :referredFrom, :legalAction, :ageGroup, :sex, CAST(:flags AS text[]), :delay, :narrative, :user, :now, :user, :now)""")
                .param("id", id).param("case", caseId).params(columns(id, in, d))
                .param("user", userId).param("now", Timestamp.from(now)).update();
        insertPerpetrators(id, in.perpetrators());
        return id;
    }

    /** Changes the incident if it is still at {@code version}; false when someone changed it since. */
    boolean update(long id, int version, IncidentInput in, Derived d, long userId, Instant now) {
        int updated = jdbc.sql("""
                UPDATE incident SET incident_date = :incidentDate, report_date = :reportDate, time_of_day = :timeOfDay,
                    region_code = :region, district = :district, location_type = :location,
                    gbv_answers = CAST(:answers AS jsonb), gbv_type = :type, law_form = :lawForm,
                    harmful_practice = :practice, money_exchanged = :money, abduction = :abduction,
                    reported_elsewhere = :elsewhere, prior_gbv = :priorGbv, referred_from = :referredFrom,
                    wants_legal_action = :legalAction,
                    survivor_age_group = :ageGroup, survivor_sex = :sex, context_flags = CAST(:flags AS text[]),
                    reporting_delay = :delay, narrative = :narrative, version = version + 1, updated_by = :user,
                    updated_at = :now
                WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).params(columns(id, in, d))
                .param("user", userId).param("now", Timestamp.from(now)).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM perpetrator WHERE incident_id = ?").param(id).update();
        insertPerpetrators(id, in.perpetrators());
        return true;
    }

    Optional<Integer> version(long caseId, long id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = ? AND case_id = ?").params(id, caseId)
                .query(Integer.class).optional();
    }

    Optional<IncidentView> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM incident WHERE id = ? AND case_id = ?").params(id, caseId)
                .query((rs, n) -> view(rs, true)).optional();
    }

    List<IncidentView> all(long caseId) {
        return jdbc.sql("SELECT * FROM incident WHERE case_id = ? ORDER BY incident_date, id").param(caseId)
                .query((rs, n) -> view(rs, true)).list();
    }

    /**
     * The case's incidents, locked until the transaction ends (a change of one made meanwhile waits, then finds its
     * version moved on), without narrative or names: nothing is decrypted.
     */
    List<IncidentView> lockedFactsOf(long caseId) {
        return jdbc.sql("SELECT * FROM incident WHERE case_id = ? ORDER BY incident_date, id FOR UPDATE")
                .param(caseId).query((rs, n) -> view(rs, false)).list();
    }

    /** Stores what was derived again from a changed profile; the incident's version moves on as with any change. */
    void rederive(long id, Derived d, long userId, Instant now) {
        jdbc.sql("""
                UPDATE incident SET survivor_age_group = :ageGroup, survivor_sex = :sex,
                    context_flags = CAST(:flags AS text[]), version = version + 1, updated_by = :user, updated_at = :now
                WHERE id = :id""")
                .param("ageGroup", d.survivorAgeGroup().name())
                .param("sex", d.survivorSex() == null ? null : d.survivorSex().name())
                .param("flags", flagsArray(d)).param("user", userId).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    List<IncidentView.Summary> summaries(long caseId) {
        return jdbc.sql("""
                SELECT id, incident_date, gbv_type, context_flags, reporting_delay, location_type FROM incident
                WHERE case_id = ? ORDER BY incident_date DESC, id DESC""").param(caseId)
                .query((rs, n) -> new IncidentView.Summary(rs.getLong("id"), rs.getDate("incident_date").toLocalDate(),
                        GbvType.valueOf(rs.getString("gbv_type")), flags(rs),
                        ReportingDelay.valueOf(rs.getString("reporting_delay")),
                        LocationType.valueOf(rs.getString("location_type"))))
                .list();
    }

    private Map<String, Object> columns(long id, IncidentInput in, Derived d) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("incidentDate", in.incidentDate());
        columns.put("reportDate", in.reportDate());
        columns.put("timeOfDay", in.timeOfDay().name());
        columns.put("region", in.regionCode());
        columns.put("district", in.district());
        columns.put("location", in.locationType().name());
        columns.put("answers", JSON.writeValueAsString(in.answers().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))));
        columns.put("type", d.type().name());
        columns.put("lawForm", d.lawForm() == null ? null : d.lawForm().name());
        columns.put("practice", in.harmfulPractice().name());
        columns.put("money", in.moneyOrGoodsExchanged());
        columns.put("abduction", in.abduction().name());
        columns.put("elsewhere", in.reportedElsewhere().name());
        columns.put("priorGbv", in.priorGbv());
        columns.put("referredFrom", in.referredFrom() == null ? null : in.referredFrom().name());
        columns.put("legalAction", in.wantsLegalAction() == null ? null : in.wantsLegalAction().name());
        columns.put("ageGroup", d.survivorAgeGroup().name());
        columns.put("sex", d.survivorSex() == null ? null : d.survivorSex().name());
        columns.put("flags", flagsArray(d));
        columns.put("delay", d.delay().name());
        columns.put("narrative", in.narrative() == null ? null
                : cipher.encrypt(in.narrative(), IncidentColumns.NARRATIVE.associatedData(id)));
        return columns;
    }

    private static String flagsArray(Derived d) {
        return d.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private void insertPerpetrators(long incidentId, List<IncidentInput.Perpetrator> perpetrators) {
        for (int i = 0; i < perpetrators.size(); i++) {
            IncidentInput.Perpetrator p = perpetrators.get(i);
            long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('perpetrator', 'id'))").query(Long.class).single();
            byte[] details = p.name() == null && p.notes() == null ? null
                    : cipher.encrypt(JSON.writeValueAsString(new Details(p.name(), p.notes())),
                            IncidentColumns.PERPETRATOR_DETAILS.associatedData(id));
            jdbc.sql("""
                    INSERT INTO perpetrator (id, incident_id, position, is_primary, relationship, sex, age_group,
                                             occupation, prior_violence, details)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, incidentId, i, p.primary(), p.relationship().name(),
                            p.sex() == null ? null : p.sex().name(), p.ageGroup().name(), p.occupation().name(),
                            p.priorViolence(), details)
                    .update();
        }
    }

    /** The row as a view; {@code withText} false leaves the narrative and the perpetrators' details out, undecrypted. */
    private IncidentView view(ResultSet rs, boolean withText) throws SQLException {
        long id = rs.getLong("id");
        byte[] narrative = withText ? rs.getBytes("narrative") : null;
        String lawForm = rs.getString("law_form");
        String referredFrom = rs.getString("referred_from");
        String legalAction = rs.getString("wants_legal_action");
        String sex = rs.getString("survivor_sex");
        return new IncidentView(id, rs.getLong("case_id"), rs.getInt("version"),
                rs.getDate("incident_date").toLocalDate(), rs.getDate("report_date").toLocalDate(),
                TimeOfDay.valueOf(rs.getString("time_of_day")), rs.getString("region_code"), rs.getString("district"),
                LocationType.valueOf(rs.getString("location_type")), answers(id),
                GbvType.valueOf(rs.getString("gbv_type")), lawForm == null ? null : LawForm.valueOf(lawForm),
                HarmfulTraditionalPractice.valueOf(rs.getString("harmful_practice")), rs.getBoolean("money_exchanged"),
                AbductionType.valueOf(rs.getString("abduction")),
                ReportedElsewhere.valueOf(rs.getString("reported_elsewhere")), rs.getObject("prior_gbv", Boolean.class),
                referredFrom == null ? null : ReferredFrom.valueOf(referredFrom),
                legalAction == null ? null : LegalActionWish.valueOf(legalAction),
                AgeGroup.valueOf(rs.getString("survivor_age_group")), sex == null ? null : Sex.valueOf(sex), flags(rs),
                ReportingDelay.valueOf(rs.getString("reporting_delay")),
                narrative == null ? null : cipher.decrypt(narrative, IncidentColumns.NARRATIVE.associatedData(id)),
                perpetrators(id, withText), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private Map<GbvType, Boolean> answers(long id) {
        Map<GbvType, Boolean> answers = new EnumMap<>(GbvType.class);
        jdbc.sql("SELECT key, value::boolean FROM incident, jsonb_each_text(gbv_answers) WHERE id = ?").param(id)
                .query((rs, n) -> Map.entry(GbvType.valueOf(rs.getString(1)), rs.getBoolean(2))).list()
                .forEach(e -> answers.put(e.getKey(), e.getValue()));
        return answers;
    }

    private List<IncidentView.PerpetratorView> perpetrators(long incidentId, boolean withText) {
        return jdbc.sql("SELECT * FROM perpetrator WHERE incident_id = ? ORDER BY position").param(incidentId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    byte[] cipherText = withText ? rs.getBytes("details") : null;
                    Details details = cipherText == null ? new Details(null, null) : JSON.readValue(
                            cipher.decrypt(cipherText, IncidentColumns.PERPETRATOR_DETAILS.associatedData(id)),
                            Details.class);
                    String sex = rs.getString("sex");
                    return new IncidentView.PerpetratorView(id, rs.getBoolean("is_primary"),
                            Relationship.valueOf(rs.getString("relationship")), sex == null ? null : Sex.valueOf(sex),
                            AgeGroup.valueOf(rs.getString("age_group")),
                            PerpetratorOccupation.valueOf(rs.getString("occupation")),
                            rs.getObject("prior_violence", Boolean.class), details.name(), details.notes());
                }).list();
    }

    /**
     * A new incident is an assessment of the case (its stage facts) and new information: the time it was recorded
     * makes an older risk assessment due again ({@code Reassessment.isDue}).
     */
    void markRecorded(long caseId, Instant now) {
        jdbc.sql("""
                UPDATE case_file SET assessment_recorded = TRUE, last_activity_at = :now,
                    last_incident_recorded_at = :now WHERE id = :id""")
                .param("now", Timestamp.from(now)).param("id", caseId).update();
    }

    /** A change of an incident is activity on the case. */
    void markChanged(long caseId, Instant now) {
        jdbc.sql("UPDATE case_file SET last_activity_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
    }

    Optional<Instant> lastRecorded(long caseId) {
        return jdbc.sql("SELECT last_incident_recorded_at FROM case_file WHERE id = ?").param(caseId)
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    /** The case's latest answer about anonymous statistics; no answer is no consent. */
    boolean consentsToStatistics(long caseId) {
        return jdbc.sql("""
                SELECT given FROM consent WHERE case_id = ? AND purpose = 'ANONYMOUS_STATISTICS'
                ORDER BY given_on DESC, recorded_at DESC, id DESC LIMIT 1""").param(caseId)
                .query(Boolean.class).optional().orElse(false);
    }

    private static Set<CaseContextFlag> flags(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("context_flags").getArray();
        Set<CaseContextFlag> flags = EnumSet.noneOf(CaseContextFlag.class);
        Arrays.stream(names).map(CaseContextFlag::valueOf).forEach(flags::add);
        return flags;
    }
}
