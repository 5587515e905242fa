package kz.tendik.indicators.store;

/** What is wrong in a file: the row (as a spreadsheet numbers it, the header is row 1), the column and a message key. */
public record RowProblem(int row, String column, String messageKey) {
}
