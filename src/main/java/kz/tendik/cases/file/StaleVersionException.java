package kz.tendik.cases.file;

/**
 * An update based on a version that someone else has changed since: 409, nothing is overwritten. The answer's title
 * and detail name what changed: a case (and its parts) or a survivor's profile ({@link #ofProfile}).
 */
public class StaleVersionException extends RuntimeException {

    private final int currentVersion;
    private final String titleKey;
    private final String detailKey;

    public StaleVersionException(int currentVersion) {
        this(currentVersion, "cases.problem.stale.title", "cases.problem.stale.detail");
    }

    private StaleVersionException(int currentVersion, String titleKey, String detailKey) {
        super("stale version", null, false, false);
        this.currentVersion = currentVersion;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
    }

    /** A survivor's profile changed since it was read. */
    public static StaleVersionException ofProfile(int currentVersion) {
        return new StaleVersionException(currentVersion, "cases.problem.staleProfile.title",
                "cases.problem.staleProfile.detail");
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }
}
