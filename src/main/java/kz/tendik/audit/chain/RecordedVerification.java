package kz.tendik.audit.chain;

import java.time.Instant;

/**
 * A verification as stored: when it ran, who or what started it, what it found, and how many entries have been
 * appended since (they are not covered by it).
 */
public record RecordedVerification(Instant startedAt, Instant finishedAt, Trigger trigger, String requestedBy,
                                   boolean intact, long checkedEntries, long upToId, Long firstBrokenId,
                                   Verification.Reason reason, long entriesSince) {

    public enum Trigger { SCHEDULE, COMMAND, WEB, API }
}
