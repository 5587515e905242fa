package kz.tendik.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.access.CaseAccessRule;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.CaseListing;
import kz.tendik.cases.risk.RiskLevel;
import kz.tendik.cases.support.Staff;
import kz.tendik.identity.Role;
import kz.tendik.shared.web.UserInputException;
import org.springframework.format.annotation.DateTimeFormat;
import kz.tendik.cases.file.CaseRecords;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.web.CaseForms.BreakGlassForm;
import kz.tendik.cases.web.CaseForms.ConsentForm;
import kz.tendik.cases.web.CaseForms.FollowUpForm;
import kz.tendik.cases.web.CaseForms.NoteForm;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cases}: the caseworker's list (case number and initials only), the break-glass form for supervisors and
 * managers, and the case page: profile (decrypted, audited), consents, notes, tasks, timeline, break-glass banner.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

    private static final int PAGE_SIZE = 25;

    private final CaseFiles files;
    private final CaseListing listing;
    private final Staff staff;
    private final CaseRecords records;
    private final SurvivorRegistry registry;
    private final CaseAccess access;
    private final Timeline timeline;
    private final kz.tendik.cases.incidents.Incidents incidents;
    private final SafetySections safety;
    private final ReferralSections referralSections;
    private final ClosureSections closure;
    private final CasePlanSections casePlan;

    CasePages(CaseFiles files, CaseRecords records, SurvivorRegistry registry, CaseAccess access, Timeline timeline,
              kz.tendik.cases.incidents.Incidents incidents, SafetySections safety, CaseListing listing,
              Staff staff, ReferralSections referralSections, ClosureSections closure,
              CasePlanSections casePlan) {
        this.listing = listing;
        this.staff = staff;
        this.safety = safety;
        this.referralSections = referralSections;
        this.closure = closure;
        this.casePlan = casePlan;
        this.timeline = timeline;
        this.incidents = incidents;
        this.files = files;
        this.records = records;
        this.registry = registry;
        this.access = access;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    String list(@RequestParam(required = false) CaseStage stage, @RequestParam(required = false) FamilyCategory category,
                @RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) Long caseworker,
                @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("breakGlass")) {
            model.addAttribute("breakGlass", new BreakGlassForm());
        }
        CaseListing.Filter filter = new CaseListing.Filter(stage, category, risk, caseworker, overdue, from, to);
        CaseListing.Listing listing;
        try {
            listing = listing(user, filter, page);
        } catch (UserInputException e) {
            model.addAttribute("datesWrong", true);
            filter = new CaseListing.Filter(stage, category, risk, caseworker, overdue, null, null);
            listing = listing(user, filter, page);
        }
        model.addAttribute("listing", listing);
        model.addAttribute("filter", filter);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("categories", FamilyCategory.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("caseworkers", caseworkerFilter(user));
        model.addAttribute("mayBreakGlass", CaseAccessRule.mayBreakGlass(user.role()));
        model.addAttribute("mayOpen", true);
        return "cases/list";
    }

    /** The caseworkers whose cases the user may filter on: the centre's for a manager, a supervisor's team. */
    private List<Staff.Member> caseworkerFilter(CurrentUser user) {
        if (user.role() == Role.CASEWORKER || user.orgUnit().centreId() == null) {
            return List.of();
        }
        List<Staff.Member> all = staff.caseworkersOf(user.orgUnit().centreId());
        if (user.role() != Role.SUPERVISOR) {
            return all;
        }
        java.util.Set<Long> team = access.team(user);
        return all.stream().filter(m -> team.contains(m.id())).toList();
    }

    private CaseListing.Listing listing(CurrentUser user, CaseListing.Filter filter, int page) {
        return listing.list(user, filter, Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
    }

    @PostMapping("/break-glass")
    @Requires(Action.CASE_BREAK_GLASS)
    String breakGlass(@ModelAttribute("breakGlass") BreakGlassForm form, BindingResult binding,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        Long caseId = files.idOfNumber(form.getCaseNumber()).orElse(null);
        if (caseId == null) {
            binding.rejectValue("caseNumber", "cases.breakGlass.unknownCase");
            return list(null, null, null, null, null, null, null, 0, user, model);
        }
        Long grant = FormProblems.attempt(binding, Map.of(), () -> access.breakGlass(user, caseId, form.getReason()));
        return grant == null ? list(null, null, null, null, null, null, null, 0, user, model) : "redirect:/cases/" + caseId;
    }

    @GetMapping("/{id}")
    @Requires(Action.CASE_READ)
    @Transactional
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseFiles.CaseView view = files.read(user, id);
        model.addAttribute("kase", view);
        model.addAttribute("survivor", registry.read(user, view.survivorId()).profile());
        model.addAttribute("consents", records.consentsOf(id));
        model.addAttribute("notes", records.notesOf(id, 0, CaseHistoryPages.NOTES_SHOWN));
        model.addAttribute("followUps", records.followUpsOf(id));
        model.addAttribute("events", timeline.of(id, 0, CaseHistoryPages.EVENTS_SHOWN));
        model.addAttribute("incidents", incidents.summariesOf(id));
        safety.addTo(model, user, id);
        casePlan.addTo(model, user, view);
        referralSections.addTo(model, view);
        closure.addTo(model, user, view);
        model.addAttribute("breakGlassGrants", access.breakGlassOn(id));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("referralPurposes", ReferralPurpose.values());
        for (String form : new String[] {"note", "consent", "followUp"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, switch (form) {
                    case "note" -> new NoteForm();
                    case "consent" -> new ConsentForm();
                    default -> new FollowUpForm();
                });
            }
        }
        return "cases/case";
    }

    @PostMapping("/{id}/notes")
    @Requires(Action.CASE_WRITE)
    String addNote(@PathVariable long id, @ModelAttribute("note") NoteForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = FormProblems.attempt(binding, Map.of(),
                () -> records.addNote(user, id, new CaseRecords.NoteDraft(form.getText()), null));
        return done == null ? view(id, user, model) : "redirect:/cases/" + id + "#notes";
    }

    @PostMapping("/{id}/consents")
    @Requires(Action.CASE_WRITE)
    String addConsent(@PathVariable long id, @ModelAttribute("consent") ConsentForm form, BindingResult binding,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null : FormProblems.attempt(binding, Map.of(),
                () -> records.recordConsent(user, id, new CaseRecords.ConsentDraft(form.getPurpose(),
                        form.getReferralTo(), form.getGiven(), CaseForms.date(form.getDate())), null));
        return done == null ? view(id, user, model) : "redirect:/cases/" + id + "#consents";
    }

    @PostMapping("/{id}/follow-ups")
    @Requires(Action.CASE_WRITE)
    String addFollowUp(@PathVariable long id, @ModelAttribute("followUp") FollowUpForm form, BindingResult binding,
                       @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = FormProblems.attempt(binding, Map.of(), () -> records.addFollowUp(user, id,
                new CaseRecords.FollowUpDraft(form.getTitle(), CaseForms.date(form.getDueOn()), null), null));
        return done == null ? view(id, user, model) : "redirect:/cases/" + id + "#follow-ups";
    }

    @PostMapping("/{id}/follow-ups/{followUpId}/done")
    @Requires(Action.CASE_WRITE)
    String completeFollowUp(@PathVariable long id, @PathVariable long followUpId,
                            @AuthenticationPrincipal CurrentUser user) {
        records.completeFollowUp(user, id, followUpId);
        return "redirect:/cases/" + id + "#follow-ups";
    }
}
