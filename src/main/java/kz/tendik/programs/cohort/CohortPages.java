package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Map;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cohorts}: the cohorts a user runs; a cohort's page with sessions, participants and the waiting list; and
 * the attendance form of a session (one row per participant, one submit), made for a tablet.
 */
@Controller
@RequestMapping("/cohorts")
@Requires(Action.COHORT_FACILITATE)
class CohortPages {

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final JdbcClient jdbc;
    private final CohortOverview overview;

    private final kz.tendik.identity.AccessPolicy policy;

    CohortPages(Cohorts cohorts, Enrolments enrolments, Attendance attendance, JdbcClient jdbc,
                CohortOverview overview, kz.tendik.identity.AccessPolicy policy) {
        this.policy = policy;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.overview = overview;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cohorts", cohorts.visible(user));
        model.addAttribute("canOpen", policy.permits(user.role(), Action.COHORT_MANAGE));
        return "programs/cohorts";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(id, new EnrolmentForm(), user, model);
    }

    private String page(long id, EnrolmentForm form, CurrentUser user, Model model) {
        overview.addTo(model, id, user);
        model.addAttribute("enrolment", form);
        model.addAttribute("regions", ProgrammePages.regions(jdbc));
        return "programs/cohort";
    }

    @PostMapping("/{id}/enrolments")
    String enrol(@PathVariable long id, @ModelAttribute("enrolment") EnrolmentForm form, BindingResult binding,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        return ProgrammePages.submit(binding, () -> enrolments.enrol(id, form.toDraft(), user))
                .map(e -> "redirect:/cohorts/" + id)
                .orElseGet(() -> page(id, form, user, model));
    }

    @PostMapping("/{id}/enrolments/{enrolmentId}/withdrawal")
    String withdraw(@PathVariable long id, @PathVariable long enrolmentId, @AuthenticationPrincipal CurrentUser user) {
        try {
            enrolments.withdraw(id, enrolmentId, user);
        } catch (UserInputException alreadyWithdrawn) {
            // nothing to do: the page shows the participant as withdrawn
        }
        return "redirect:/cohorts/" + id;
    }

    @PostMapping("/{id}/sessions")
    String addSession(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate heldOn,
                      @RequestParam(required = false) String topic, @AuthenticationPrincipal CurrentUser user,
                      Model model) {
        try {
            cohorts.addSession(id, new CohortDraft.SessionDraft(heldOn, topic), user);
        } catch (UserInputException e) {
            model.addAttribute("sessionError", e.problems().get(0).messageKey());
            return page(id, new EnrolmentForm(), user, model);
        }
        return "redirect:/cohorts/" + id;
    }

    /** Removes a session without attendance (htmx swaps the sessions section of the page it gets back). */
    @PostMapping("/{id}/sessions/{sessionId}/removal")
    String removeSession(@PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user,
                         Model model) {
        try {
            cohorts.removeSession(id, sessionId, user);
        } catch (UserInputException e) {
            model.addAttribute("sessionError", e.problems().get(0).messageKey());
            return page(id, new EnrolmentForm(), user, model);
        }
        return "redirect:/cohorts/" + id;
    }

    @GetMapping("/{id}/sessions/{sessionId}/attendance")
    String attendanceForm(@PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user,
                          Model model) {
        return sheet(id, sessionId, user, model, List.of());
    }

    private String sheet(long id, long sessionId, CurrentUser user, Model model,
                         List<UserInputException.FieldProblem> problems) {
        model.addAttribute("cohort", cohorts.get(id, user));
        model.addAttribute("sheet", attendance.sheet(id, sessionId, user));
        model.addAttribute("marks", AttendanceMark.values());
        model.addAttribute("problems", problems);
        return "programs/attendance";
    }

    /** The form sends {@code mark[<enrolment id>]=PRESENT|ABSENT|EXCUSED}; all rows are saved together or none. */
    @PostMapping("/{id}/sessions/{sessionId}/attendance")
    String recordAttendance(@PathVariable long id, @PathVariable long sessionId,
                            @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user,
                            Model model) {
        List<AttendanceDraft.Row> rows = new java.util.ArrayList<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey().startsWith("mark[") && p.getKey().endsWith("]")) {
                Long enrolment = parse(p.getKey().substring(5, p.getKey().length() - 1));
                AttendanceMark mark = java.util.Arrays.stream(AttendanceMark.values())
                        .filter(m -> m.name().equals(p.getValue())).findFirst().orElse(null);
                rows.add(new AttendanceDraft.Row(enrolment, mark));
            }
        }
        try {
            attendance.record(id, new AttendanceDraft(sessionId, rows), user);
        } catch (UserInputException e) {
            return sheet(id, sessionId, user, model, e.problems());
        }
        return "redirect:/cohorts/" + id;
    }

    private static Long parse(String number) {
        try {
            return Long.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
