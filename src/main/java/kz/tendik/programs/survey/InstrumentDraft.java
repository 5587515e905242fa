package kz.tendik.programs.survey;

import java.util.List;

/**
 * A custom instrument as a coordinator writes it: a code, a title in three languages, one of the answer scales
 * ({@link AnswerScale}), its statements in three languages (each possibly reverse-scored: for statements that
 * express an equitable view, so that a higher score always means more equitable) and its bands, each with the
 * lowest score it takes in and a label in three languages. Items are coded q1, q2, ... in their order.
 */
public record InstrumentDraft(String code, String titleKk, String titleRu, String titleEn, AnswerScale scale,
                              List<Item> items, List<BandLine> bands) {

    public record Item(String kk, String ru, String en, Boolean reverseScored) {
        boolean isEmpty() {
            return blank(kk) && blank(ru) && blank(en);
        }
    }

    public record BandLine(Double from, String kk, String ru, String en) {
        boolean isEmpty() {
            return from == null && blank(kk) && blank(ru) && blank(en);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
