package kz.tendik.indicators.store;

/** An accepted import: how many values the file held and how many of them were new or changed (new revisions). */
public record ImportResult(long importId, String format, int rowsRead, int valuesRead, int valuesAdded) {
}
