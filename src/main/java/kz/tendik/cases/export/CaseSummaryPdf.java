package kz.tendik.cases.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.CaseRecords;
import kz.tendik.cases.incidents.IncidentView;
import kz.tendik.cases.incidents.Incidents;
import kz.tendik.cases.plan.CasePlanView;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.safety.ProtectiveMeasureView;
import kz.tendik.cases.safety.ProtectiveMeasures;
import kz.tendik.cases.safety.RiskAssessmentView;
import kz.tendik.cases.safety.RiskAssessments;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Staff;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.directory.Centres;
import kz.tendik.directory.Regions;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.documents.PdfDocument;
import kz.tendik.shared.documents.PdfDocument.KeyValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case summary as a PDF in Kazakh, Russian or English for the survivor or for a court ({@link Audience}), made
 * with the shared {@link PdfDocument} (fonts embedded). Never the survivor's address, phones or contacts, nor the
 * safety plan, nor the help plan's goals (only its planned services and their delivery): a printed page can be
 * found. The read is
 * audited as {@code case.read} and the document as {@code case.summary} with the audience and language as purpose.
 */
@Service
public class CaseSummaryPdf {

    private final CaseAccess access;
    private final CaseFiles files;
    private final CaseRecords records;
    private final SurvivorStore survivors;
    private final Incidents incidents;
    private final ProtectiveMeasures measures;
    private final RiskAssessments risk;
    private final CasePlans plans;
    private final Centres centres;
    private final Regions regions;
    private final MessageSource messages;
    private final CasesAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    CaseSummaryPdf(CaseAccess access, CaseFiles files, CaseRecords records, SurvivorStore survivors,
                   Incidents incidents, ProtectiveMeasures measures, RiskAssessments risk, CasePlans plans,
                   Centres centres, Regions regions, MessageSource messages, CasesAudit audit, Clock clock,
                   @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.access = access;
        this.files = files;
        this.records = records;
        this.survivors = survivors;
        this.incidents = incidents;
        this.measures = measures;
        this.risk = risk;
        this.plans = plans;
        this.centres = centres;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public byte[] summary(CurrentUser user, long caseId, Audience audience, String languageCode) {
        CaseAccess.Grant grant = access.read(user, caseId);
        List<kz.tendik.shared.web.UserInputException.FieldProblem> problems = new ArrayList<>();
        if (audience == null) {
            problems.add(new kz.tendik.shared.web.UserInputException.FieldProblem("audience", "validation.required"));
        }
        Locale language = ExportLanguage.parse(languageCode, "language", problems);
        if (!problems.isEmpty()) {
            throw new kz.tendik.shared.web.UserInputException(problems);
        }
        Text t = new Text(messages, language);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CaseFiles.CaseView kase = files.view(caseId, grant);
        SurvivorProfile survivor = survivors.find(kase.survivorId()).orElseThrow().profile();
        boolean court = audience == Audience.COURT;

        PdfDocument.Builder pdf = PdfDocument.builder(language, t.get("cases.summary.title"), today)
                .footerNote(t.get("cases.summary.footer." + audience.name()));
        pdf.heading(t.get("cases.summary.case"));
        Map<String, String> header = new LinkedHashMap<>();
        header.put(t.get("cases.field.caseNumber"), kase.caseNumber());
        header.put(t.get("cases.summary.centre"), centres.find(kase.centreId()).map(c -> c.name(language)).orElse(""));
        header.put(t.get("cases.field.openedAt"), t.date(kase.openedAt().atZone(zone).toLocalDate()));
        header.put(t.get("cases.field.stage"), t.get(kase.stage().messageKey()));
        header.put(t.get("cases.field.familyCategory"), kase.familyCategory() == null ? t.get("common.none")
                : t.get(kase.familyCategory().messageKey()));
        header.put(t.get("cases.summary.caseworkers"), kase.caseworkers().stream()
                .map(Staff.Member::displayName).collect(Collectors.joining(", ")));
        header.put(t.get("cases.summary.preparedFor"), t.get(audience.messageKey()));
        pdf.keyValues(header);

        pdf.heading(t.get("cases.summary.survivor"));
        List<KeyValue> person = new ArrayList<>();
        person.add(new KeyValue(t.get("cases.survivor.fullName"), survivor.fullName()));
        if (court && survivor.iin() != null) {
            person.add(new KeyValue(t.get("cases.survivor.iin"), survivor.iin()));
        }
        person.add(new KeyValue(t.get("cases.survivor.dateOfBirth"), survivor.dateOfBirth() != null
                ? t.date(survivor.dateOfBirth())
                : survivor.ageOn(today).map(age -> t.get("cases.summary.age", age)).orElse(t.get("common.none"))));
        if (survivor.sex() != null) {
            person.add(new KeyValue(t.get("cases.survivor.sex"), t.get(survivor.sex().messageKey())));
        }
        if (court) {
            person.add(new KeyValue(t.get("cases.survivor.languages"), survivor.languages().stream()
                    .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(language)).collect(Collectors.joining(", "))));
            person.add(new KeyValue(t.get("cases.survivor.citizenship"), survivor.citizenship() == null ? ""
                    : new Locale.Builder().setRegion(survivor.citizenship()).build().getDisplayCountry(language)));
        }
        pdf.keyValues(person);

        if (court) {
            List<RiskAssessmentView> history = risk.historyOf(caseId);
            pdf.heading(t.get("cases.summary.risk"));
            pdf.paragraph(history.isEmpty() ? t.get("cases.risk.notAssessed")
                    : t.get("cases.summary.riskLevel", t.get(history.get(0).level().messageKey()),
                            t.date(history.get(0).assessedAt().atZone(zone).toLocalDate())));
            incidents(pdf, t, incidents.allOf(caseId));
        }
        measures(pdf, t, measures.measuresOf(caseId), court);
        plannedServices(pdf, t, plans.planOf(caseId));

        List<CaseRecords.Consent> consents = records.consentsOf(caseId);
        pdf.heading(t.get("cases.case.consents"));
        pdf.bullets(consents.isEmpty() ? List.of(t.get("cases.case.nothing")) : consents.stream()
                .map(c -> t.get("cases.summary.consent", t.get(c.purpose().messageKey())
                                + (c.referralTo() == null ? "" : " (" + t.get(c.referralTo().messageKey()) + ")"),
                        t.get(c.given() ? "cases.summary.given" : "cases.summary.refused"), t.date(c.date())))
                .toList());

        if (court) {
            List<CaseRecords.Note> notes = records.notesOf(caseId);
            pdf.heading(t.get("cases.summary.notes"));
            if (notes.isEmpty()) {
                pdf.paragraph(t.get("cases.case.nothing"));
            }
            for (CaseRecords.Note note : notes.stream().sorted(java.util.Comparator.comparing(CaseRecords.Note::writtenAt)).toList()) {
                pdf.subheading(t.date(note.writtenAt().atZone(zone).toLocalDate()) + " — " + note.writtenByName());
                pdf.paragraph(note.text());
            }
        }
        byte[] bytes = pdf.toBytes();
        audit.success(user, "case.summary", "case", caseId,
                "audience:" + audience + ";lang:" + language.getLanguage()
                        + (grant.purpose() == null ? "" : ";" + grant.purpose()));
        return bytes;
    }

    private void incidents(PdfDocument.Builder pdf, Text t, List<IncidentView> all) {
        pdf.heading(t.get("cases.summary.incidents"));
        if (all.isEmpty()) {
            pdf.paragraph(t.get("cases.case.nothing"));
        }
        for (IncidentView i : all) {
            pdf.subheading(t.get("cases.summary.incidentOf", t.date(i.incidentDate())));
            List<KeyValue> rows = new ArrayList<>();
            rows.add(new KeyValue(t.get("cases.summary.reportedOn"), t.date(i.reportDate())));
            rows.add(new KeyValue(t.get("cases.summary.timeOfDay"), t.get(i.timeOfDay().messageKey())));
            rows.add(new KeyValue(t.get("cases.summary.place"), String.join(", ", List.of(
                    regions.name(i.regionCode(), t.locale()), i.district() == null ? "" : i.district(),
                    t.get(i.locationType().messageKey())).stream().filter(s -> !s.isBlank()).toList())));
            rows.add(new KeyValue(t.get("cases.summary.gbvType"), t.get(i.gbvType().messageKey())));
            if (i.lawForm() != null) {
                rows.add(new KeyValue(t.get("cases.summary.lawForm"), t.get(i.lawForm().messageKey())));
            }
            rows.add(new KeyValue(t.get("cases.summary.reportingDelay"), t.get(i.reportingDelay().messageKey())));
            for (IncidentView.PerpetratorView p : i.perpetrators()) {
                rows.add(new KeyValue(t.get("cases.summary.perpetrator"), String.join(", ", List.of(
                        t.get(p.relationship().messageKey()), p.sex() == null ? "" : t.get(p.sex().messageKey()),
                        t.get(p.ageGroup().messageKey())).stream().filter(s -> !s.isBlank()).toList())
                        + (p.name() == null ? "" : " — " + p.name())));
            }
            pdf.keyValues(rows);
            if (i.narrative() != null && !i.narrative().isBlank()) {
                pdf.paragraph(i.narrative());
            }
        }
    }

    private void measures(PdfDocument.Builder pdf, Text t, List<ProtectiveMeasureView> all, boolean court) {
        pdf.heading(t.get("cases.summary.measures"));
        if (all.isEmpty()) {
            pdf.paragraph(t.get("cases.case.nothing"));
        }
        for (ProtectiveMeasureView m : all) {
            pdf.subheading(t.get(m.type().messageKey()));
            List<KeyValue> rows = new ArrayList<>();
            rows.add(new KeyValue(t.get("cases.summary.issuer"), t.get(m.issuer().messageKey())));
            rows.add(new KeyValue(t.get("cases.summary.from"), t.dateTime(m.startsAt())));
            rows.add(new KeyValue(t.get("cases.summary.until"), t.dateTime(m.expiresAt())));
            rows.add(new KeyValue(t.get("cases.summary.inForce"), t.get(m.inForce() ? "cases.summary.yes" : "cases.summary.no")));
            if (!m.conditions().isEmpty()) {
                rows.add(new KeyValue(t.get("cases.summary.conditions"), m.conditions().stream()
                        .map(c -> t.get(c.messageKey())).collect(Collectors.joining("; "))));
            }
            if (court) {
                rows.add(new KeyValue(t.get("cases.summary.breaches"), m.breaches().isEmpty() ? t.get("cases.summary.none")
                        : String.valueOf(m.breaches().size())));
            }
            pdf.keyValues(rows);
            if (court && !m.breaches().isEmpty()) {
                pdf.bullets(m.breaches().stream().map(b -> t.date(b.occurredOn())
                        + (b.note() == null || b.note().isBlank() ? "" : ": " + b.note())).toList());
            }
        }
    }

    /**
     * The help plan as agreed: whether and when the survivor agreed, how many planned services have been delivered,
     * and each service (kind, who provides it, target date) with how many times it was delivered and when last, as
     * the case page shows it; never the survivor's goals in her words.
     */
    private void plannedServices(PdfDocument.Builder pdf, Text t, CasePlanView plan) {
        pdf.heading(t.get("cases.summary.casePlan"));
        if (plan.services().isEmpty()) {
            pdf.paragraph(t.get("cases.case.nothing"));
            return;
        }
        pdf.paragraph((plan.survivorAgreed() && plan.agreedOn() != null
                ? t.get("cases.casePlan.agreed", t.date(plan.agreedOn())) : t.get("cases.casePlan.notAgreed"))
                + " " + t.get("cases.casePlan.deliveredCount", plan.deliveredServices(), plan.services().size()) + ".");
        pdf.bullets(plan.services().stream().map(s -> s.delivered()
                        ? t.get("cases.summary.plannedServiceDelivered", t.get(s.purpose().messageKey()),
                                t.get(s.providedBy().messageKey()), t.date(s.targetOn()), s.deliveries(),
                                t.date(s.lastDeliveredOn()))
                        : t.get("cases.summary.plannedServiceNotDelivered", t.get(s.purpose().messageKey()),
                                t.get(s.providedBy().messageKey()), t.date(s.targetOn())))
                .toList());
    }

    /** Messages and dates in the document's language. */
    private record Text(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String date(LocalDate date) {
            return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), date);
        }

        String dateTime(TemporalAccessor at) {
            return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), at);
        }

        private String format(DateTimeFormatter formatter, TemporalAccessor at) {
            return at == null ? "" : formatter.withLocale(locale).format(at);
        }
    }
}
