package kz.tendik.programs.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A programme's rule for completing it: a minimum share of sessions attended and the modules that must be completed.
 * Attendance is the sessions marked present over the cohort's sessions, not counting excused absences; a session
 * without a mark counts as missed. With a minimum above zero and no session left to count, nobody completes.
 *
 * @param minAttendancePercent 0–100
 * @param requiredModules      module names from the programme's curriculum
 */
public record CompletionRule(int minAttendancePercent, List<String> requiredModules) {

    public static final CompletionRule NONE = new CompletionRule(0, List.of());

    public CompletionRule {
        requiredModules = List.copyOf(requiredModules);
    }

    /** A rule as sent by a coordinator, before it is checked. */
    public record Draft(Integer minAttendancePercent, List<String> requiredModules) {
    }

    /** Why someone has not completed. */
    public enum Reason { NOT_ENROLLED, ATTENDANCE_BELOW_MINIMUM, NO_SESSION_TO_COUNT, MODULES_MISSING }

    /** One participant's record: sessions of the cohort, their marks, their completed modules. */
    public record Progress(boolean holdsPlace, int sessions, int present, int excused, Set<String> modulesDone) {
    }

    /**
     * The verdict: {@code attendancePercent} is rounded down (null when no session counts), {@code missingModules}
     * in the rule's order, {@code reasons} empty exactly when {@code completed}.
     */
    public record Completion(boolean completed, Integer attendancePercent, List<String> missingModules,
                             List<Reason> reasons) {
    }

    public Completion evaluate(Progress p) {
        List<Reason> reasons = new ArrayList<>();
        if (!p.holdsPlace()) {
            reasons.add(Reason.NOT_ENROLLED);
        }
        int counted = p.sessions() - p.excused();
        Integer percent = counted > 0 ? p.present() * 100 / counted : null;
        if (minAttendancePercent > 0) {
            if (counted <= 0) {
                reasons.add(Reason.NO_SESSION_TO_COUNT);
            } else if (p.present() * 100 < minAttendancePercent * counted) {
                reasons.add(Reason.ATTENDANCE_BELOW_MINIMUM);
            }
        }
        List<String> missing = requiredModules.stream().filter(m -> !p.modulesDone().contains(m)).toList();
        if (!missing.isEmpty()) {
            reasons.add(Reason.MODULES_MISSING);
        }
        return new Completion(reasons.isEmpty(), percent, missing, List.copyOf(reasons));
    }
}
