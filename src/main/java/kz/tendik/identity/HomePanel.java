package kz.tendik.identity;

/**
 * A part of a user's home page that shows their work (a caseworker's overdue follow-ups, say), declared as a bean
 * by the module that owns the work. A user sees the panels whose action their role may perform, in {@code order},
 * above the tiles; the panel's fragment {@code panel(content)} of {@code template()} renders {@code content(user)}.
 */
public interface HomePanel {

    Action action();

    int order();

    /** The Thymeleaf template that holds the {@code panel(content)} fragment, e.g. {@code cases/work}. */
    String template();

    /** What the fragment shows for this user (read in the home page's request). */
    Object content(CurrentUser user);

    /** A panel as the home page renders it. */
    record Shown(String template, Object content) {
    }
}
