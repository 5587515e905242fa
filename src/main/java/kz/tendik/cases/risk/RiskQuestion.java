package kz.tendik.cases.risk;

/** One question of an instrument: a stable code (kept with the answers), its text, and the weight of a "yes". */
public record RiskQuestion(String code, LocalizedText text, int weight) {

    public RiskQuestion {
        if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a question code is 1-40 of a-z, 0-9 and '-': " + code);
        }
        if (text == null) {
            throw new IllegalArgumentException("question " + code + " has no text");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("question " + code + " weighs less than 1");
        }
    }
}
