package kz.tendik.audit.query;

import java.util.List;

import kz.tendik.audit.chain.StoredEntry;

/**
 * One page of entries, newest first, with the cursors to its neighbours: {@code olderThan} (pass as
 * {@code before}) when older entries match, {@code newerThan} (pass as {@code after}) when newer ones do.
 */
public record EntryPage(List<StoredEntry> entries, Long olderThan, Long newerThan) {
}
