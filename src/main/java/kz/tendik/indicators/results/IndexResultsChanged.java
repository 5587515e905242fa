package kz.tendik.indicators.results;

/** Published inside the transaction that changed stored index results ({@code changed} rows written). */
public record IndexResultsChanged(int changed) {
}
