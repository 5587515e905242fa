package kz.tendik.programs.cohort;

/** A change based on a version someone else has changed since: 409, nothing is overwritten. */
public class StaleVersionException extends RuntimeException {

    private final int currentVersion;

    StaleVersionException(int currentVersion) {
        super("stale version", null, false, false);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
