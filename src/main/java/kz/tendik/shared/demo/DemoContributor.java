package kz.tendik.shared.demo;

import java.util.List;

/**
 * A module's part of the demo data set. Contributors run once, in {@link #order()}, inside one transaction,
 * the first time the system starts in demo mode (or on {@code tendik demo}).
 */
public interface DemoContributor {

    /** Lower runs first: the directory (10) before users (20) before cases (30) ... */
    int order();

    void load();

    /** The sign-in names this part creates, printed at start-up in demo mode. */
    default List<String> logins() {
        return List.of();
    }
}
