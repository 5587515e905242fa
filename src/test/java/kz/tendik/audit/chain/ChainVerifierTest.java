package kz.tendik.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

    /** A correctly chained log of {@code count} entries. */
    static List<StoredEntry> chain(int count) {
        List<StoredEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long id = 1; id <= count; id++) {
            StoredEntry entry = entry(id, previous, "case.read", "case", String.valueOf(100 + id));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    static StoredEntry entry(long id, String previousHash, String action, String objectType, String objectId) {
        Instant at = START.plusSeconds(id);
        String hash = ChainHash.hash(previousHash, ChainHash.canonical(id, at, 7L, "caseworker.astana", action,
                objectType, objectId, null, "SUCCESS", "10.0.0.1"));
        return new StoredEntry(id, at, 7L, "caseworker.astana", action, objectType, objectId, null, "SUCCESS",
                "10.0.0.1", previousHash, hash);
    }

    static StoredEntry withPurpose(StoredEntry e, String purpose) {
        return new StoredEntry(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.objectType(),
                e.objectId(), purpose, e.outcome(), e.clientIp(), e.prevHash(), e.hash());
    }

    static StoredEntry withId(StoredEntry e, long id) {
        return new StoredEntry(id, e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.objectType(),
                e.objectId(), e.purpose(), e.outcome(), e.clientIp(), e.prevHash(), e.hash());
    }

    /** Serves a list as the database would: by id range, in id order, at most {@code limit} at a time. */
    record ListSource(List<StoredEntry> entries) implements EntrySource {
        @Override
        public long lastId() {
            return entries.stream().mapToLong(StoredEntry::id).max().orElse(0);
        }

        @Override
        public List<StoredEntry> batch(long afterId, long upToId, int limit) {
            return entries.stream().filter(e -> e.id() > afterId && e.id() <= upToId)
                    .sorted(java.util.Comparator.comparingLong(StoredEntry::id)).limit(limit).toList();
        }
    }

    private static Verification verify(List<StoredEntry> entries) {
        return new ChainVerifier(new ListSource(entries), 3).verify();
    }

    @Test
    void anUntouchedChainIsIntactAndEveryEntryIsCounted() {
        Verification result = verify(chain(10));

        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(10);
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.lastHash()).isEqualTo(chain(10).get(9).hash());
    }

    @Test
    void anEmptyLogIsIntact() {
        Verification result = verify(List.of());

        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isZero();
    }

    @Test
    void aChangedEntryIsFoundByItsHash() {
        List<StoredEntry> entries = new ArrayList<>(chain(10));
        entries.set(6, withPurpose(entries.get(6), "made up"));

        Verification result = verify(entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(7);
        assertThat(result.reason()).isEqualTo(Verification.Reason.HASH_MISMATCH);
        assertThat(result.checkedEntries()).isEqualTo(6);
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedBreaksTheNextOne() {
        List<StoredEntry> entries = new ArrayList<>(chain(10));
        StoredEntry original = entries.get(4);
        entries.set(4, entry(5, original.prevHash(), "case.read", "case", "999"));

        Verification result = verify(entries);

        assertThat(result.firstBrokenId()).isEqualTo(6);
        assertThat(result.reason()).isEqualTo(Verification.Reason.PREV_HASH_MISMATCH);
    }

    @Test
    void aDeletedEntryIsReportedAsTheFirstMissingId() {
        List<StoredEntry> entries = new ArrayList<>(chain(10));
        entries.remove(3); // id 4

        Verification result = verify(entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(Verification.Reason.GAP);
        assertThat(result.checkedEntries()).isEqualTo(3);
    }

    @Test
    void aDeletedFirstEntryIsAGapAtOne() {
        List<StoredEntry> entries = new ArrayList<>(chain(5));
        entries.remove(0);

        assertThat(verify(entries).firstBrokenId()).isEqualTo(1);
        assertThat(verify(entries).reason()).isEqualTo(Verification.Reason.GAP);
    }

    @Test
    void reorderedEntriesAreFound() {
        List<StoredEntry> entries = new ArrayList<>(chain(10));
        StoredEntry third = entries.get(2);
        StoredEntry fourth = entries.get(3);
        entries.set(2, withId(fourth, 3));
        entries.set(3, withId(third, 4));

        Verification result = verify(entries);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(Verification.Reason.PREV_HASH_MISMATCH);
    }

    @Test
    void anInsertedEntryIsFound() {
        List<StoredEntry> entries = new ArrayList<>(chain(5));
        List<StoredEntry> forged = new ArrayList<>();
        forged.addAll(entries.subList(0, 2));
        forged.add(entry(3, entries.get(1).hash(), "case.export", "case", "1"));
        for (StoredEntry e : entries.subList(2, 5)) {
            forged.add(withId(e, e.id() + 1));
        }

        Verification result = verify(forged);

        assertThat(result.firstBrokenId()).isEqualTo(4);
        assertThat(result.intact()).isFalse();
    }

    @Test
    void entriesCutFromTheEndAreFoundAgainstTheLastCheckpoint() {
        List<StoredEntry> entries = chain(10);
        Checkpoint earlier = new Checkpoint(10, entries.get(9).hash());

        Verification result = new ChainVerifier(new ListSource(entries.subList(0, 8)), 3).verify(earlier);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(9);
        assertThat(result.reason()).isEqualTo(Verification.Reason.TRUNCATED);
    }

    @Test
    void aChainRebuiltFromScratchIsFoundAgainstTheLastCheckpoint() {
        List<StoredEntry> entries = chain(10);
        Checkpoint earlier = new Checkpoint(6, entries.get(5).hash());
        List<StoredEntry> rebuilt = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long id = 1; id <= 10; id++) {
            StoredEntry e = entry(id, previous, "case.read", "case", "forged-" + id);
            rebuilt.add(e);
            previous = e.hash();
        }

        Verification result = new ChainVerifier(new ListSource(rebuilt), 3).verify(earlier);

        assertThat(result.firstBrokenId()).isEqualTo(6);
        assertThat(result.reason()).isEqualTo(Verification.Reason.REWRITTEN);
    }

    @Test
    void aLogThatGrewSinceTheCheckpointIsIntact() {
        List<StoredEntry> entries = chain(10);
        Checkpoint earlier = new Checkpoint(4, entries.get(3).hash());

        assertThat(new ChainVerifier(new ListSource(entries), 3).verify(earlier).intact()).isTrue();
    }

    @Test
    void aMillionEntriesAreVerifiedInBoundedBatches() {
        int total = 1_000_000;
        GeneratedSource source = new GeneratedSource(total);

        Verification result = new ChainVerifier(source).verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(total);
        assertThat(source.largestBatch).isLessThanOrEqualTo(ChainVerifier.BATCH);
        assertThat(source.batches).isGreaterThanOrEqualTo(total / ChainVerifier.BATCH);
    }

    /** Makes a correctly chained log on the fly, one batch at a time, remembering only the last hash. */
    static final class GeneratedSource implements EntrySource {
        private final long total;
        private String previousHash = ChainHash.GENESIS;
        private long generatedUpTo;
        int largestBatch;
        int batches;

        GeneratedSource(long total) {
            this.total = total;
        }

        @Override
        public long lastId() {
            return total;
        }

        @Override
        public List<StoredEntry> batch(long afterId, long upToId, int limit) {
            assertThat(afterId).as("batches are asked for in order").isEqualTo(generatedUpTo);
            List<StoredEntry> batch = new ArrayList<>(limit);
            for (long id = afterId + 1; id <= upToId && batch.size() < limit; id++) {
                StoredEntry e = entry(id, previousHash, "case.read", "case", "1");
                batch.add(e);
                previousHash = e.hash();
                generatedUpTo = id;
            }
            largestBatch = Math.max(largestBatch, batch.size());
            batches++;
            return batch;
        }
    }
}
