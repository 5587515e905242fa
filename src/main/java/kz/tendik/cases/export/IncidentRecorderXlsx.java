package kz.tendik.cases.export;

import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.access.CaseScope;
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
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.incidents.LegalActionWish;
import kz.tendik.cases.incidents.PerpetratorOccupation;
import kz.tendik.cases.incidents.ReferredFrom;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.directory.Regions;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.documents.XlsxColumn;
import kz.tendik.shared.documents.XlsxSheet;
import kz.tendik.shared.documents.XlsxWorkbook;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents of the cases a user reaches as a workbook with the GBVIMS Incident Recorder's columns, headers and
 * values in Kazakh, Russian or English. A survivor appears only as a code ({@code S000042}, the registry id) and a
 * caseworker as {@code W17}: never a name, IIN, contact, narrative or perpetrator's name (those columns are not even
 * read). Rows are streamed from the database in batches; the survivor's marital status, displacement status and
 * disability come from the encrypted profiles, decrypted a batch of rows at a time ({@link SurvivorFacts}). The
 * export is audited as {@code incident.export} with the filter, language and row count.
 */
@Service
public class IncidentRecorderXlsx {

    /** Excel's row limit, less the header. */
    static final int MAX_ROWS = 1_048_575;

    /**
     * The Incident Recorder's referral columns (safe house, health, psychosocial, legal, police, livelihoods, child
     * protection, and other social services kept apart from child protection): "yes" when the case has a referral for
     * it that is not rejected or revoked. The survivor's wish to pursue legal action follows the legal column.
     */
    static final List<ReferralPurpose> REFERRAL_COLUMNS = List.of(ReferralPurpose.SHELTER, ReferralPurpose.MEDICAL,
            ReferralPurpose.PSYCHOLOGICAL, ReferralPurpose.LEGAL, ReferralPurpose.POLICE, ReferralPurpose.EMPLOYMENT,
            ReferralPurpose.CHILD_PROTECTION, ReferralPurpose.SOCIAL);

    /** Which date the period filters on: the interview (report) or the incident, as in the GBVIMS tables. */
    public enum DateBasis { REPORT, INCIDENT }

    public record Request(LocalDate from, LocalDate to, DateBasis basis, String language) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final Regions regions;
    private final MessageSource messages;
    private final CasesAudit audit;
    private final SurvivorStore survivors;
    private final CaseAccess access;

    IncidentRecorderXlsx(DataSource dataSource, AccessPolicy policy, Regions regions, MessageSource messages,
                         CasesAudit audit, SurvivorStore survivors, CaseAccess access) {
        this.access = access;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1_000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.policy = policy;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.survivors = survivors;
    }

    /** The workbook (built in memory, then audited; the transaction lets PostgreSQL stream the rows). */
    @Transactional(readOnly = false)
    public byte[] export(CurrentUser user, Request request) {
        policy.require(user, Action.CASE_EXPORT);
        List<FieldProblem> problems = new ArrayList<>();
        Locale language = ExportLanguage.parse(request.language(), "language", problems);
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            problems.add(new FieldProblem("to", "cases.list.toBeforeFrom"));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        DateBasis basis = request.basis() == null ? DateBasis.REPORT : request.basis();
        String dateColumn = basis == DateBasis.REPORT ? "i.report_date" : "i.incident_date";
        CaseScope scope = access.scope(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder(scope.condition());
        if (request.from() != null) {
            where.append(" AND ").append(dateColumn).append(" >= :from");
            params.put("from", request.from());
        }
        if (request.to() != null) {
            where.append(" AND ").append(dateColumn).append(" <= :to");
            params.put("to", request.to());
        }
        params.put("max", MAX_ROWS);
        Labels t = new Labels(messages, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int[] rows = {0};
        SurvivorFacts facts = new SurvivorFacts(survivors, f -> Arrays.asList(
                t.label(f.maritalStatus(), MaritalStatus::messageKey),
                t.label(f.displacementStatus(), DisplacementStatus::messageKey),
                f.hasDisability() == null ? null : t.yesNo(f.hasDisability())));
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(out, language)) {
            XlsxSheet sheet = workbook.sheet(t.get("cases.ir.sheet"), columns(t));
            jdbc.query("""
                    SELECT i.id, c.survivor_id,
                           (SELECT a.user_id FROM case_assignment a WHERE a.case_id = c.id
                            ORDER BY a.lead DESC, a.assigned_at, a.user_id LIMIT 1) AS worker,
                           i.report_date, i.incident_date, i.reporting_delay, i.survivor_age_group, i.survivor_sex,
                           i.time_of_day, i.region_code, i.district, i.location_type, i.gbv_type, i.law_form,
                           i.harmful_practice, i.money_exchanged, i.abduction, i.reported_elsewhere, i.prior_gbv,
                           (SELECT count(*) FROM perpetrator n WHERE n.incident_id = i.id) AS perpetrators,
                           p.sex AS p_sex, p.age_group AS p_age, p.relationship AS p_relationship,
                           p.occupation AS p_occupation, p.prior_violence AS p_prior,
                           i.referred_from, i.wants_legal_action, array_to_string(i.context_flags, ',') AS flags,
                           -- the latest answer counts: a consent withdrawn later is a refusal
                           coalesce((SELECT s.given FROM consent s WHERE s.case_id = c.id
                                     AND s.purpose = 'ANONYMOUS_STATISTICS'
                                     ORDER BY s.given_on DESC, s.recorded_at DESC, s.id DESC LIMIT 1), FALSE)
                               AS consent_to_share,
                           ARRAY(SELECT DISTINCT r.service FROM referral r WHERE r.case_id = c.id
                                 AND r.status IN ('IN_PROGRESS', 'ACCEPTED', 'DONE')) AS referred_to
                    FROM incident i JOIN case_file c ON c.id = i.case_id
                    LEFT JOIN perpetrator p ON p.incident_id = i.id AND p.is_primary
                    WHERE %s ORDER BY %s, i.id LIMIT :max""".formatted(where, dateColumn), params,
                    (ResultSet rs) -> {
                        facts.add(row(rs, t)).forEach(sheet::row);
                        rows[0]++;
                    });
            facts.flush().forEach(sheet::row);
        }
        audit.success(user, "incident.export", "incident", null, "incident-recorder;lang:" + language.getLanguage()
                + ";basis:" + basis + (request.from() == null ? "" : ";from:" + request.from())
                + (request.to() == null ? "" : ";to:" + request.to()) + ";rows:" + rows[0]);
        return out.toByteArray();
    }

    private static List<XlsxColumn> columns(Labels t) {
        List<XlsxColumn> columns = new ArrayList<>();
        columns.add(XlsxColumn.integer(t.get("cases.ir.incidentId"), 12));
        columns.add(XlsxColumn.text(t.get("cases.ir.survivorCode"), 12));
        columns.add(XlsxColumn.text(t.get("cases.ir.caseworkerCode"), 12));
        columns.add(XlsxColumn.date(t.get("cases.ir.interviewDate"), 14));
        columns.add(XlsxColumn.date(t.get("cases.ir.incidentDate"), 14));
        for (String key : List.of("reportingDelay", "ageGroup", "sex", "maritalStatus", "displacementStatus",
                "disability", "timeOfDay", "region", "district", "locationType", "gbvType", "lawForm",
                "harmfulPractice", "moneyExchanged", "abduction", "reportedElsewhere", "priorGbv")) {
            columns.add(XlsxColumn.text(t.get("cases.ir." + key), 22));
        }
        columns.add(XlsxColumn.integer(t.get("cases.ir.perpetrators"), 12));
        for (String key : List.of("perpetratorSex", "perpetratorAge", "perpetratorRelationship",
                "perpetratorOccupation", "perpetratorPrior", "referredFrom", "caseContext", "consentToShare")) {
            columns.add(XlsxColumn.text(t.get("cases.ir." + key), 24));
        }
        for (ReferralPurpose service : REFERRAL_COLUMNS) {
            columns.add(XlsxColumn.text(t.get("cases.ir.referral." + service.name()), 18));
            if (service == ReferralPurpose.LEGAL) {
                columns.add(XlsxColumn.text(t.get("cases.ir.wantsLegalAction"), 22));
            }
        }
        return columns;
    }

    /** The row without the survivor's profile columns, which go after her sex. */
    private SurvivorFacts.Pending row(ResultSet rs, Labels t) throws SQLException {
        List<Object> row = new ArrayList<>();
        long survivor = rs.getLong("survivor_id");
        row.add(rs.getLong("id"));
        row.add("S%06d".formatted(survivor));
        long worker = rs.getLong("worker");
        row.add(rs.wasNull() ? null : "W" + worker);
        row.add(rs.getObject("report_date", LocalDate.class));
        row.add(rs.getObject("incident_date", LocalDate.class));
        row.add(t.label(rs.getString("reporting_delay"), ReportingDelay::valueOf, ReportingDelay::messageKey));
        row.add(t.label(rs.getString("survivor_age_group"), AgeGroup::valueOf, AgeGroup::messageKey));
        row.add(t.label(rs.getString("survivor_sex"), Sex::valueOf, Sex::messageKey));
        int profileColumns = row.size();
        row.add(t.label(rs.getString("time_of_day"), TimeOfDay::valueOf, TimeOfDay::messageKey));
        row.add(regions.name(rs.getString("region_code"), t.locale()));
        row.add(rs.getString("district"));
        row.add(t.label(rs.getString("location_type"), LocationType::valueOf, LocationType::messageKey));
        row.add(t.label(rs.getString("gbv_type"), GbvType::valueOf, GbvType::messageKey));
        row.add(t.label(rs.getString("law_form"), LawForm::valueOf, LawForm::messageKey));
        row.add(t.label(rs.getString("harmful_practice"), HarmfulTraditionalPractice::valueOf,
                HarmfulTraditionalPractice::messageKey));
        row.add(t.yesNo(rs.getObject("money_exchanged", Boolean.class)));
        row.add(t.label(rs.getString("abduction"), AbductionType::valueOf, AbductionType::messageKey));
        row.add(t.label(rs.getString("reported_elsewhere"), ReportedElsewhere::valueOf, ReportedElsewhere::messageKey));
        row.add(t.yesNo(rs.getObject("prior_gbv", Boolean.class)));
        row.add(rs.getLong("perpetrators"));
        row.add(t.label(rs.getString("p_sex"), Sex::valueOf, Sex::messageKey));
        row.add(t.label(rs.getString("p_age"), AgeGroup::valueOf, AgeGroup::messageKey));
        row.add(t.label(rs.getString("p_relationship"), Relationship::valueOf, Relationship::messageKey));
        row.add(t.label(rs.getString("p_occupation"), PerpetratorOccupation::valueOf, PerpetratorOccupation::messageKey));
        row.add(t.yesNo(rs.getObject("p_prior", Boolean.class)));
        row.add(t.label(rs.getString("referred_from"), ReferredFrom::valueOf, ReferredFrom::messageKey));
        String flags = rs.getString("flags");
        row.add(flags == null || flags.isBlank() ? null : Arrays.stream(flags.split(","))
                .map(f -> t.label(f, CaseContextFlag::valueOf, CaseContextFlag::messageKey))
                .collect(Collectors.joining("; ")));
        row.add(t.yesNo(rs.getBoolean("consent_to_share")));
        List<Object> referred = Arrays.asList((Object[]) rs.getArray("referred_to").getArray());
        for (ReferralPurpose service : REFERRAL_COLUMNS) {
            row.add(t.yesNo(referred.contains(service.name())));
            if (service == ReferralPurpose.LEGAL) {
                String wish = rs.getString("wants_legal_action");
                row.add(wish == null ? t.get("cases.ir.unknown")
                        : t.label(wish, LegalActionWish::valueOf, LegalActionWish::messageKey));
            }
        }
        return new SurvivorFacts.Pending(survivor, row, profileColumns);
    }

    /** Headers and values in the workbook's language; an unknown stored code is written as the code. */
    private record Labels(MessageSource messages, Locale locale) {
        String get(String key) {
            return messages.getMessage(key, null, locale);
        }

        <E extends Enum<E>> String label(String code, Function<String, E> parse, Function<E, String> key) {
            if (code == null) {
                return null;
            }
            try {
                return messages.getMessage(key.apply(parse.apply(code)), null, code, locale);
            } catch (IllegalArgumentException e) {
                return code;
            }
        }

        <E extends Enum<E>> String label(E value, Function<E, String> key) {
            return value == null ? null : messages.getMessage(key.apply(value), null, value.name(), locale);
        }

        String yesNo(Boolean value) {
            return value == null ? get("cases.ir.unknown") : get(value ? "cases.summary.yes" : "cases.summary.no");
        }
    }
}
