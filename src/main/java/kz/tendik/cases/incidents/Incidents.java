package kz.tendik.cases.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.tendik.cases.IncidentFigures;
import kz.tendik.cases.IncidentRecorded;
import kz.tendik.cases.IncidentUpdated;
import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.CaseRow;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.directory.Regions;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, changing and reading the incidents of a case: access as for the case ({@link CaseAccess}), audited as
 * {@code incident.create}, {@code incident.update} and {@code incident.read}; derived facts computed by the rules;
 * {@link IncidentRecorded} / {@link IncidentUpdated} published in the same transaction (Spring Modulith's registry
 * keeps them for the listeners).
 */
@Service
public class Incidents {

    private final IncidentStore store;
    private final CaseStore cases;
    private final SurvivorStore survivors;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Incidents(IncidentStore store, CaseStore cases, SurvivorStore survivors, CaseAccess access, CasesAudit audit,
              Idempotency idempotency, Timeline timeline, Regions regions, ApplicationEventPublisher events,
              Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.store = store;
        this.cases = cases;
        this.survivors = survivors;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Idempotency.Outcome record(CurrentUser user, long caseId, IncidentDraft draft, String idempotencyKey) {
        CaseAccess.Grant grant = access.write(user, caseId, "incident.create");
        return idempotency.once(user, "incident.create:" + caseId, idempotencyKey, () -> {
            CaseRow kase = cases.find(caseId).orElseThrow(NotFoundException::new);
            IncidentInput input = validate(draft);
            SurvivorProfile survivor = survivorOf(kase);
            Derived derived = derive(survivor, input);
            Instant now = clock.instant();
            long id = store.insert(caseId, input, derived, user.id(), now);
            store.markRecorded(caseId, now);
            timeline.record(caseId, CaseEventType.INCIDENT_RECORDED, now, user.id(), id);
            audit.success(user, "incident.create", "incident", id, grant.purpose());
            events.publishEvent(new IncidentRecorded(figures(id, kase, input, derived, survivor)));
            return id;
        });
    }

    @Transactional
    public IncidentView update(CurrentUser user, long caseId, long incidentId, IncidentDraft draft) {
        CaseAccess.Grant grant = access.write(user, caseId, "incident.update");
        int current = store.version(caseId, incidentId).orElseThrow(NotFoundException::new);
        if (draft.version() == null) {
            throw new UserInputException("version", "validation.required");
        }
        CaseRow kase = cases.find(caseId).orElseThrow(NotFoundException::new);
        IncidentInput input = validate(draft);
        SurvivorProfile survivor = survivorOf(kase);
        Derived derived = derive(survivor, input);
        Instant now = clock.instant();
        if (draft.version() != current || !store.update(incidentId, draft.version(), input, derived, user.id(), now)) {
            throw new StaleVersionException(store.version(caseId, incidentId).orElse(current));
        }
        store.markChanged(caseId, now);
        timeline.record(caseId, CaseEventType.INCIDENT_UPDATED, now, user.id(), incidentId);
        audit.success(user, "incident.update", "incident", incidentId, grant.purpose());
        events.publishEvent(new IncidentUpdated(figures(incidentId, kase, input, derived, survivor)));
        return store.find(caseId, incidentId).orElseThrow();
    }

    /** One incident with its narrative and perpetrators' details, audited as {@code incident.read}. */
    @Transactional
    public IncidentView read(CurrentUser user, long caseId, long incidentId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        IncidentView view = store.find(caseId, incidentId).orElseThrow(NotFoundException::new);
        audit.read(user, "incident.read", "incident", incidentId, grant.purpose());
        return view;
    }

    /** The incidents of a case without narrative or names (the case read is audited). */
    @Transactional
    public List<IncidentView.Summary> list(CurrentUser user, long caseId) {
        access.read(user, caseId);
        return store.summaries(caseId);
    }

    /** The list for a page whose caller has already checked and audited the read of the case. */
    public List<IncidentView.Summary> summariesOf(long caseId) {
        return store.summaries(caseId);
    }

    /** Every incident of the case in full (narrative and names decrypted), oldest first, for a document whose caller
     *  has checked and audited the read of the case. */
    public List<IncidentView> allOf(long caseId) {
        return store.all(caseId);
    }

    /** When an incident was last recorded on the case, for {@code Reassessment.isDue}. */
    public Optional<Instant> lastRecordedAt(long caseId) {
        return store.lastRecorded(caseId);
    }

    private IncidentInput validate(IncidentDraft draft) {
        return IncidentValidation.validate(draft, regions::exists, LocalDate.now(clock.withZone(zone)));
    }

    private SurvivorProfile survivorOf(CaseRow kase) {
        return survivors.find(kase.survivorId()).orElseThrow().profile();
    }

    private Derived derive(SurvivorProfile profile, IncidentInput input) {
        if (Derived.precedesBirth(profile, input.incidentDate())) {
            throw new UserInputException(kz.tendik.cases.incident.IncidentDates.INCIDENT_DATE,
                    "cases.incident.beforeBirth");
        }
        return Derived.of(profile, input);
    }

    /** The figures {@link IncidentRecorded} and {@link IncidentUpdated} carry (nothing that identifies a person). */
    IncidentFigures figures(long id, CaseRow kase, IncidentInput in, Derived d, SurvivorProfile survivor) {
        return new IncidentFigures(id, kase.centreId(), in.regionCode(), YearMonth.from(in.incidentDate()).toString(),
                YearMonth.from(in.reportDate()).toString(), d.type().name(),
                d.lawForm() == null ? null : d.lawForm().name(), in.timeOfDay().name(), d.survivorAgeGroup().name(),
                d.survivorSex() == null ? null : d.survivorSex().name(),
                survivor.maritalStatus() == null ? null : survivor.maritalStatus().name(), survivor.hasDisability(),
                d.flags().stream().map(Enum::name).collect(Collectors.toSet()), d.delay().name(),
                in.locationType().name(),
                in.perpetrators().stream().map(p -> new IncidentFigures.Perpetrator(p.primary(),
                        p.relationship().name(), p.ageGroup().name(), p.sex() == null ? null : p.sex().name(),
                        p.occupation().name(), p.priorViolence())).toList(),
                in.reportedElsewhere().name(), in.priorGbv(),
                in.referredFrom() == null ? null : in.referredFrom().name(), store.consentsToStatistics(kase.id()));
    }
}
