package kz.tendik.cases.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GBVIMS classification tool: six questions asked in the order of {@link GbvType}, stopping at the first
 * "yes"; "no" to all six means non-GBV. Holds the answers given so far (a form may send them all at once or one by
 * one); answers after the first "yes" do not count.
 */
public final class GbvClassification {

    /** The questions in the order they are asked. */
    public static final List<GbvType> QUESTIONS = Collections.unmodifiableList(
            Arrays.stream(GbvType.values()).filter(GbvType::isGbv).toList());

    private final Map<GbvType, Boolean> answers;

    private GbvClassification(Map<GbvType, Boolean> answers) {
        this.answers = answers;
    }

    /** Answers keyed by the type each question asks about; a missing key is a question not yet answered. */
    public static GbvClassification of(Map<GbvType, Boolean> answers) {
        Map<GbvType, Boolean> copy = new EnumMap<>(GbvType.class);
        answers.forEach((type, answer) -> {
            if (type == GbvType.NON_GBV) {
                throw new IllegalArgumentException("non-GBV is not a question");
            }
            if (answer != null) {
                copy.put(type, answer);
            }
        });
        return new GbvClassification(copy);
    }

    /** Only the types answered "yes"; every other question counts as "no". */
    public static GbvClassification fromYes(GbvType... yes) {
        Map<GbvType, Boolean> answers = new EnumMap<>(GbvType.class);
        QUESTIONS.forEach(question -> answers.put(question, false));
        Arrays.stream(yes).forEach(type -> answers.put(type, true));
        return of(answers);
    }

    /** The type, once decided: the first "yes", or non-GBV after six "no". Empty while a question is open. */
    public Optional<GbvType> type() {
        for (GbvType question : QUESTIONS) {
            Boolean answer = answers.get(question);
            if (answer == null) {
                return Optional.empty();
            }
            if (answer) {
                return Optional.of(question);
            }
        }
        return Optional.of(GbvType.NON_GBV);
    }

    /** The question to ask next, or empty when the type is decided. */
    public Optional<GbvType> nextQuestion() {
        if (type().isPresent()) {
            return Optional.empty();
        }
        return QUESTIONS.stream().filter(question -> !answers.containsKey(question)).findFirst();
    }

    /** The questions that were answered "yes" but lost to an earlier one (useful to show the caseworker). */
    public List<GbvType> outrankedYes() {
        List<GbvType> outranked = new ArrayList<>();
        type().ifPresent(decided -> QUESTIONS.stream()
                .filter(question -> question.ordinal() > decided.ordinal() && Boolean.TRUE.equals(answers.get(question)))
                .forEach(outranked::add));
        return outranked;
    }
}
