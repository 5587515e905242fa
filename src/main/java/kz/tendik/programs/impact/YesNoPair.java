package kz.tendik.programs.impact;

/** One participant's yes/no answer (or derived indicator) before and after. */
public record YesNoPair(boolean before, boolean after) {
}
