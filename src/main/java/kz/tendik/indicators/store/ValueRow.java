package kz.tendik.indicators.store;

import java.math.BigDecimal;

/** One value read from a file, before it is stored; {@code row} is its row in the file (the header is row 1). */
public record ValueRow(int row, String indicator, String geo, Period period, String sex, BigDecimal value,
                       String source, String note) {

    /** What identifies the value: a file may hold it only once. */
    String key() {
        return indicator + '|' + geo + '|' + period.text() + '|' + sex;
    }
}
