package kz.tendik.directory.support;

import java.util.List;

/** One page of a list: the items, the page number (from 0), the page size and the total count. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public static final int SIZE = 25;

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A page number from a request, kept within 0..10,000 so that an odd value is not an error. */
    public static int clamp(int requested) {
        return Math.max(0, Math.min(requested, 10_000));
    }
}
