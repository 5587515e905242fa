package kz.tendik.audit.chain;

import java.util.List;

/** Where the verifier reads the log from, one bounded batch at a time. */
public interface EntrySource {

    /** The highest id in the log now (0 when empty); the verifier checks up to it. */
    long lastId();

    /** At most {@code limit} entries with {@code afterId < id <= upToId}, in ascending id order. */
    List<StoredEntry> batch(long afterId, long upToId, int limit);
}
