package kz.tendik.cases.web;

import java.util.Map;

import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.GbvClassification;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.incidents.IncidentView;
import kz.tendik.cases.incidents.Incidents;
import kz.tendik.cases.incidents.LegalActionWish;
import kz.tendik.cases.incidents.PerpetratorOccupation;
import kz.tendik.cases.incidents.ReferredFrom;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.directory.Centres;
import kz.tendik.directory.Regions;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cases/{id}/incidents}: record an incident and view or change one. The GBVIMS questions are asked in order:
 * the page shows the next one until the first "yes" (with htmx on each answer, without JavaScript by the "next
 * question" button); "add another perpetrator" adds a row the same way. Nothing is stored until "save".
 */
@Controller
@RequestMapping("/cases/{id}/incidents")
class IncidentPages {

    private final Incidents incidents;
    private final CaseFiles files;
    private final Regions regions;
    private final Centres centres;

    IncidentPages(Incidents incidents, CaseFiles files, Regions regions, Centres centres) {
        this.incidents = incidents;
        this.files = files;
        this.regions = regions;
        this.centres = centres;
    }

    @GetMapping("/new")
    @Requires(Action.CASE_WRITE)
    String blank(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseFiles.CaseView kase = files.read(user, id);
        String region = centres.find(kase.centreId()).map(c -> c.regionCode()).orElse(null);
        return page(kase, IncidentForm.empty(region), null, model);
    }

    @PostMapping("/new")
    @Requires(Action.CASE_WRITE)
    String create(@PathVariable long id, @ModelAttribute("incident") IncidentForm form, BindingResult binding,
                  @RequestParam(required = false) String classify, @RequestParam(required = false) String addPerpetrator,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        if (classify != null || addPerpetrator != null || binding.hasErrors()) {
            return classificationOnly(htmx, classify, redisplay(id, form, null, addPerpetrator != null, user, model));
        }
        Object done = attempt(binding, () -> incidents.record(user, id, form.toDraft(), null));
        return done == null ? redisplay(id, form, null, false, user, model) : "redirect:/cases/" + id + "#incidents";
    }

    @GetMapping("/{incidentId}")
    @Requires(Action.CASE_READ)
    @Transactional
    String view(@PathVariable long id, @PathVariable long incidentId, @RequestParam(required = false) String saved,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        IncidentView incident = incidents.read(user, id, incidentId);
        model.addAttribute("saved", saved != null);
        return page(files.read(user, id), IncidentForm.of(incident), incident, model);
    }

    @PostMapping("/{incidentId}")
    @Requires(Action.CASE_WRITE)
    String update(@PathVariable long id, @PathVariable long incidentId, @ModelAttribute("incident") IncidentForm form,
                  BindingResult binding, @RequestParam(required = false) String classify,
                  @RequestParam(required = false) String addPerpetrator,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        if (classify != null || addPerpetrator != null || binding.hasErrors()) {
            return classificationOnly(htmx, classify,
                    redisplay(id, form, incidentId, addPerpetrator != null, user, model));
        }
        try {
            Object done = attempt(binding,
                    () -> incidents.update(user, id, incidentId, form.toDraft()));
            if (done != null) {
                return "redirect:/cases/" + id + "/incidents/" + incidentId + "?saved";
            }
        } catch (StaleVersionException e) {
            binding.reject("cases.problem.stale.detail");
        }
        return redisplay(id, form, incidentId, false, user, model);
    }

    /** The next classification question for htmx: only the fieldset it swaps, not the whole page. */
    private static String classificationOnly(String htmx, String classify, String view) {
        return htmx != null && classify != null && view.equals("cases/incident") ? "cases/incident :: classification"
                : view;
    }

    /** Runs the action; refused input lands on the form's fields as named (indexed perpetrator fields included). */
    private static Object attempt(BindingResult binding, java.util.function.Supplier<Object> action) {
        try {
            return action.get();
        } catch (kz.tendik.shared.web.UserInputException e) {
            for (kz.tendik.shared.web.UserInputException.FieldProblem problem : e.problems()) {
                if (problem.field() == null || problem.field().startsWith("answers.")) {
                    binding.reject(problem.messageKey(), problem.arguments(), null);
                } else if (!binding.hasFieldErrors(problem.field())) {
                    binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
                }
            }
            return null;
        }
    }

    private String redisplay(long id, IncidentForm form, Long incidentId, boolean addPerpetrator, CurrentUser user,
                             Model model) {
        if (addPerpetrator) {
            form.addPerpetrator();
        }
        IncidentView incident = incidentId == null ? null : incidents.read(user, id, incidentId);
        CaseFiles.CaseView kase = files.read(user, id);
        return page(kase, form, incident, model);
    }

    private String page(CaseFiles.CaseView kase, IncidentForm form, IncidentView incident, Model model) {
        if (form.getPerpetrators().isEmpty()) {
            form.addPerpetrator();
        }
        model.addAttribute("kase", kase);
        model.addAttribute("incident", form);
        model.addAttribute("stored", incident);
        model.addAttribute("action", incident == null ? "/cases/" + kase.id() + "/incidents/new"
                : "/cases/" + kase.id() + "/incidents/" + incident.id());
        model.addAttribute("questions", form.visibleQuestions());
        GbvClassification classification = GbvClassification.of(form.answerMap().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(e -> kz.tendik.cases.incident.GbvType.valueOf(e.getKey()),
                        Map.Entry::getValue)));
        model.addAttribute("decided", classification.type().orElse(null));
        model.addAttribute("outranked", classification.outrankedYes());
        model.addAttribute("regions", regions.all());
        model.addAttribute("timesOfDay", TimeOfDay.values());
        model.addAttribute("locationTypes", LocationType.values());
        model.addAttribute("harmfulPractices", HarmfulTraditionalPractice.values());
        model.addAttribute("abductions", AbductionType.values());
        model.addAttribute("reportedElsewhereValues", ReportedElsewhere.values());
        model.addAttribute("referredFromValues", ReferredFrom.values());
        model.addAttribute("legalActionWishes", LegalActionWish.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("occupations", PerpetratorOccupation.values());
        return "cases/incident";
    }
}
