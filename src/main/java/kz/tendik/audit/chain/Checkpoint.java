package kz.tendik.audit.chain;

/** An entry id and its hash as seen by an earlier intact verification: a later walk must find it unchanged. */
public record Checkpoint(long entryId, String hash) {
}
