package kz.tendik.audit.chain;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Walks the whole audit log in id order, a batch at a time (memory stays bounded however long the log is), and
 * checks that ids run 1, 2, 3... without gaps, that each entry names its predecessor's hash, and that each
 * entry's hash matches its content. With a {@link Checkpoint} from an earlier intact walk it also notices a log
 * cut short or rebuilt since then. Entries appended during the walk are left for the next one.
 */
@Component
public class ChainVerifier {

    static final int BATCH = 2_000;

    private final EntrySource source;
    private final int batchSize;

    @Autowired
    ChainVerifier(EntrySource source) {
        this(source, BATCH);
    }

    ChainVerifier(EntrySource source, int batchSize) {
        this.source = source;
        this.batchSize = batchSize;
    }

    /** Verifies the log as it stands now, without an earlier checkpoint. */
    public Verification verify() {
        return verify(null);
    }

    public Verification verify(Checkpoint checkpoint) {
        long upTo = source.lastId();
        long expectedId = 1;
        String previousHash = ChainHash.GENESIS;
        while (expectedId <= upTo) {
            List<StoredEntry> batch = source.batch(expectedId - 1, upTo, batchSize);
            if (batch.isEmpty()) {
                return Verification.broken(expectedId - 1, expectedId, Verification.Reason.GAP, upTo);
            }
            for (StoredEntry entry : batch) {
                Verification.Reason problem = check(entry, expectedId, previousHash, checkpoint);
                if (problem != null) {
                    return Verification.broken(expectedId - 1, expectedId, problem, upTo);
                }
                previousHash = entry.hash();
                expectedId++;
            }
        }
        long checked = expectedId - 1;
        if (checkpoint != null && checkpoint.entryId() > checked) {
            return Verification.broken(checked, checked + 1, Verification.Reason.TRUNCATED, upTo);
        }
        return Verification.intact(checked, checked, checked == 0 ? null : previousHash);
    }

    private static Verification.Reason check(StoredEntry entry, long expectedId, String previousHash,
                                             Checkpoint checkpoint) {
        if (entry.id() != expectedId) {
            return Verification.Reason.GAP;
        }
        if (!previousHash.equals(entry.prevHash())) {
            return Verification.Reason.PREV_HASH_MISMATCH;
        }
        if (!entry.expectedHash().equals(entry.hash())) {
            return Verification.Reason.HASH_MISMATCH;
        }
        if (checkpoint != null && checkpoint.entryId() == entry.id() && !checkpoint.hash().equals(entry.hash())) {
            return Verification.Reason.REWRITTEN;
        }
        return null;
    }
}
