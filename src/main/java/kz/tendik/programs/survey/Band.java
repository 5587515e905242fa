package kz.tendik.programs.survey;

/** A band of scale scores: a code, its label, and the lowest score it takes in ({@code from}, inclusive). */
public record Band(String code, LocalizedText label, double from) {

    public Band {
        if (code == null || !code.matches("[a-z0-9-]{1,40}") || label == null || !Double.isFinite(from)) {
            throw new IllegalArgumentException("a band needs a code, a label and a finite lower bound: " + code);
        }
    }
}
