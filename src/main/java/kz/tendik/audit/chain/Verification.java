package kz.tendik.audit.chain;

/**
 * The result of walking the chain. When intact, {@code checkedEntries} entries (ids 1 to {@code lastEntryId})
 * hash correctly; otherwise {@code firstBrokenId} is the first entry that does not, and {@code checkedEntries}
 * counts the intact ones before it.
 */
public record Verification(boolean intact, long checkedEntries, Long firstBrokenId, Reason reason, long lastEntryId,
                           String lastHash) {

    public enum Reason {
        /** The entry's content (or its stored hash) was changed: its hash does not match. */
        HASH_MISMATCH,
        /** The entry does not follow its predecessor: inserted, reordered, or its predecessor was rewritten. */
        PREV_HASH_MISMATCH,
        /** An id is missing: an entry was removed. {@code firstBrokenId} is the first missing id. */
        GAP,
        /** The log is shorter than at the last intact verification: entries were removed from its end. */
        TRUNCATED,
        /** An entry's hash differs from the one recorded at the last intact verification: the chain was rebuilt. */
        REWRITTEN
    }

    static Verification intact(long checked, long lastId, String lastHash) {
        return new Verification(true, checked, null, null, lastId, lastHash);
    }

    static Verification broken(long checked, long brokenId, Reason reason, long lastId) {
        return new Verification(false, checked, brokenId, reason, lastId, null);
    }
}
