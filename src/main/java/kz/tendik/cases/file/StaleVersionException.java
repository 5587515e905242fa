package kz.tendik.cases.file;

/** An update based on a version of the case that someone else has changed since: 409, nothing is overwritten. */
public class StaleVersionException extends RuntimeException {

    private final int currentVersion;

    public StaleVersionException(int currentVersion) {
        super("stale version", null, false, false);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
