package kz.tendik.cases.file;

import java.util.List;

/**
 * A stretch of a case's list (timeline events, notes), newest first: the items from {@code from} on, at most a
 * limit of them, and how many there are in all, so that a page shows the latest and offers the rest.
 */
public record Slice<T>(List<T> items, int from, long total) {

    public Slice {
        items = List.copyOf(items);
    }

    /** How many come after these (older ones, not shown). */
    public long remaining() {
        return Math.max(0, total - from - items.size());
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
