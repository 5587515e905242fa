package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One participant of a cohort ({@code /cohorts/{id}/enrolments/{enrolmentId}}): completed modules, the completion
 * verdict, the mentor and mentoring meetings, outcomes, and the certificate (issued and revoked by the coordinator).
 */
@Controller
@RequestMapping("/cohorts/{id}/enrolments/{enrolmentId}")
@Requires(Action.COHORT_FACILITATE)
class ParticipantPages {

    private final CohortOverview overview;
    private final Completions completions;
    private final Mentoring mentoring;
    private final Outcomes outcomes;
    private final Certificates certificates;
    private final org.springframework.context.MessageSource messages;

    ParticipantPages(CohortOverview overview, Completions completions, Mentoring mentoring, Outcomes outcomes,
                     Certificates certificates, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.overview = overview;
        this.completions = completions;
        this.mentoring = mentoring;
        this.outcomes = outcomes;
        this.certificates = certificates;
    }

    @GetMapping
    String view(@PathVariable long id, @PathVariable long enrolmentId, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        return page(id, enrolmentId, user, model, List.of());
    }

    private String page(long id, long enrolmentId, CurrentUser user, Model model,
                        List<UserInputException.FieldProblem> problems) {
        overview.addTo(model, id, user);
        @SuppressWarnings("unchecked")
        Enrolment enrolment = ((List<Enrolment>) model.getAttribute("enrolments")).stream()
                .filter(e -> e.id() == enrolmentId).findFirst().orElseThrow(NotFoundException::new);
        model.addAttribute("participant", enrolment);
        model.addAttribute("modulesDone", completions.modules(id, user).getOrDefault(enrolmentId, java.util.Set.of()));
        model.addAttribute("outcomes", outcomes.list(id, user).stream().filter(o -> o.enrolmentId() == enrolmentId).toList());
        model.addAttribute("allCertificates", certificates.list(id, user).stream()
                .filter(c -> c.enrolmentId() == enrolmentId).toList());
        model.addAttribute("problems", problems.stream().map(pr -> messages.getMessage(pr.messageKey(), pr.arguments(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList());
        model.addAttribute("languageCodes", List.of("kk", "ru", "en"));
        return "programs/participant";
    }

    private String act(long id, long enrolmentId, CurrentUser user, Model model, Runnable action) {
        return attempt(() -> {
            action.run();
            return "redirect:/cohorts/" + id + "/enrolments/" + enrolmentId;
        }, problems -> page(id, enrolmentId, user, model, problems));
    }

    static String attempt(Supplier<String> action, java.util.function.Function<List<UserInputException.FieldProblem>, String> onProblems) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return onProblems.apply(e.problems());
        }
    }

    @PostMapping("/modules")
    String modules(@PathVariable long id, @PathVariable long enrolmentId,
                   @RequestParam(required = false) List<String> modules, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        return act(id, enrolmentId, user, model, () -> completions.setModules(id, enrolmentId, modules, user));
    }

    @PostMapping("/mentor")
    String mentor(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String organisation, @AuthenticationPrincipal CurrentUser user,
                  Model model) {
        return act(id, enrolmentId, user, model,
                () -> mentoring.assign(id, enrolmentId, new Mentoring.MentorDraft(name, organisation), user));
    }

    @PostMapping("/meetings")
    String meeting(@PathVariable long id, @PathVariable long enrolmentId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
                   @RequestParam(required = false) String topic, @RequestParam(required = false) Integer minutes,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        return act(id, enrolmentId, user, model,
                () -> mentoring.meet(id, enrolmentId, new Mentoring.MeetingDraft(metOn, topic, minutes), user));
    }

    @PostMapping("/certificate")
    @Requires(Action.COHORT_MANAGE)
    String issue(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam(required = false) String language,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        return act(id, enrolmentId, user, model, () -> certificates.issue(id, enrolmentId, language, user));
    }

    @PostMapping("/certificate/{certificateId}/revocation")
    @Requires(Action.COHORT_MANAGE)
    String revoke(@PathVariable long id, @PathVariable long enrolmentId, @PathVariable long certificateId,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return act(id, enrolmentId, user, model, () -> certificates.revoke(id, certificateId, user));
    }

    @GetMapping("/certificate/{certificateId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long enrolmentId, @PathVariable long certificateId,
                               @AuthenticationPrincipal CurrentUser user) {
        return CertificateApi.pdfResponse(certificates.pdf(id, certificateId, user), certificateId);
    }
}
