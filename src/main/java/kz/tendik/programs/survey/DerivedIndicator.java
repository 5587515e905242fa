package kz.tendik.programs.survey;

import java.util.List;

/**
 * A yes/no indicator derived from yes/no items: "yes" when any of {@code anyYesOf} is answered yes (the DHS
 * "agrees with at least one reason"). {@code equitableAnswer} says which answer of the indicator is equitable.
 */
public record DerivedIndicator(String code, LocalizedText text, List<String> anyYesOf, boolean equitableAnswer) {

    public DerivedIndicator {
        if (code == null || !code.matches("[a-z0-9-]{1,40}") || text == null) {
            throw new IllegalArgumentException("an indicator needs a code and a text: " + code);
        }
        if (anyYesOf == null || anyYesOf.isEmpty()) {
            throw new IllegalArgumentException("indicator " + code + " names no items");
        }
        anyYesOf = List.copyOf(anyYesOf);
    }

    public boolean isEquitable(boolean value) {
        return value == equitableAnswer;
    }
}
