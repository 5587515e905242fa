package kz.tendik.programs.survey;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import kz.tendik.shared.data.VersionedDefinitions;

/**
 * A survey instrument as data: a code and version (kept with every response), a title, where its wording comes
 * from, named answer sets, its items, an optional scale score with bands, and optional yes/no indicators derived
 * from yes/no items. The constructor refuses an inconsistent instrument with the reason.
 */
public record SurveyInstrument(String code, int version, LocalizedText title, String source,
                               Map<String, List<AnswerOption>> answerSets, List<SurveyItem> items, Scoring scoring,
                               List<DerivedIndicator> indicators) implements VersionedDefinitions.Versioned {

    public SurveyInstrument {
        if (code == null || !code.matches("[a-z0-9-]{1,40}") || version < 1 || title == null) {
            throw new IllegalArgumentException("an instrument needs a code (a-z, 0-9, '-'), a version from 1 and a title");
        }
        answerSets = checkedAnswerSets(code, answerSets);
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(code + " has no items");
        }
        items = List.copyOf(items);
        Set<String> codes = new HashSet<>();
        for (SurveyItem item : items) {
            if (!codes.add(item.code())) {
                throw new IllegalArgumentException(code + " repeats item " + item.code());
            }
            if (item.type() == ItemType.CHOICE && !answerSets.containsKey(item.answers())) {
                throw new IllegalArgumentException(code + ": item " + item.code() + " names unknown answers " + item.answers());
            }
        }
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        for (DerivedIndicator indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException(code + " repeats code " + indicator.code());
            }
            for (String itemCode : indicator.anyYesOf()) {
                if (items.stream().noneMatch(item -> item.code().equals(itemCode) && item.isYesNo())) {
                    throw new IllegalArgumentException(code + ": indicator " + indicator.code()
                            + " needs yes/no item " + itemCode);
                }
            }
        }
        scoring = scoring == null ? null : checkedScoring(code, scoring, items, answerSets);
    }

    public Optional<SurveyItem> item(String itemCode) {
        return items.stream().filter(item -> item.code().equals(itemCode)).findFirst();
    }

    /** Whether the instrument has a scale score ({@link #scoring()} is {@code null} when not). */
    public boolean hasScore() {
        return scoring != null;
    }

    /** The answers an item accepts: its answer set, or yes (1) and no (0). */
    public List<Integer> allowedValues(SurveyItem item) {
        return item.isYesNo() ? List.of(ItemType.YES, ItemType.NO)
                : answerSets.get(item.answers()).stream().map(AnswerOption::value).toList();
    }

    /** The options a choice item offers, in the order the file gives them; empty for a yes/no item. */
    public List<AnswerOption> options(SurveyItem item) {
        return item.isYesNo() ? List.of() : answerSets.get(item.answers());
    }

    /** What an answer to a choice item adds to the score: its value, mirrored within the answer set when reverse-scored. */
    public int itemScore(SurveyItem item, int value) {
        return itemScore(item, value, allowedValues(item));
    }

    /** The lowest scale score the scored items can give; NaN when the instrument has no score. */
    public double minScore() {
        return scoring == null ? Double.NaN : extremeScore(scoring, items, answerSets, false);
    }

    /** The highest scale score the scored items can give; NaN when the instrument has no score. */
    public double maxScore() {
        return scoring == null ? Double.NaN : extremeScore(scoring, items, answerSets, true);
    }

    /** The items that make the scale score; empty when the instrument has no score. */
    public List<SurveyItem> scoredItems() {
        if (scoring == null) {
            return List.of();
        }
        return scoring.items().stream().map(itemCode -> item(itemCode).orElseThrow()).toList();
    }

    /** The scale score of the sum of the item scores: the sum itself, or the mean over the scored items. */
    double scaleOf(int sum) {
        return scoring.method() == ScoringMethod.SUM ? sum : (double) sum / scoring.items().size();
    }

    private static int itemScore(SurveyItem item, int value, List<Integer> values) {
        if (!item.reverseScored()) {
            return value;
        }
        int min = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return min + max - value;
    }

    private static double extremeScore(Scoring scoring, List<SurveyItem> items,
                                       Map<String, List<AnswerOption>> answerSets, boolean highest) {
        int sum = 0;
        for (String itemCode : scoring.items()) {
            SurveyItem item = items.stream().filter(candidate -> candidate.code().equals(itemCode)).findFirst().orElseThrow();
            List<Integer> values = answerSets.get(item.answers()).stream().map(AnswerOption::value).toList();
            IntStream scores = values.stream().mapToInt(value -> itemScore(item, value, values));
            sum += highest ? scores.max().orElseThrow() : scores.min().orElseThrow();
        }
        return scoring.method() == ScoringMethod.SUM ? sum : (double) sum / scoring.items().size();
    }

    private static Map<String, List<AnswerOption>> checkedAnswerSets(String code, Map<String, List<AnswerOption>> sets) {
        Map<String, List<AnswerOption>> copy = new LinkedHashMap<>();
        if (sets != null) {
            sets.forEach((name, options) -> {
                if (options == null || options.size() < 2) {
                    throw new IllegalArgumentException(code + ": answer set " + name + " needs at least two answers");
                }
                if (options.stream().map(AnswerOption::value).distinct().count() != options.size()) {
                    throw new IllegalArgumentException(code + ": answer set " + name + " repeats a value");
                }
                copy.put(name, List.copyOf(options));
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Scoring checkedScoring(String code, Scoring scoring, List<SurveyItem> items,
                                          Map<String, List<AnswerOption>> answerSets) {
        List<String> scored = scoring.items() != null ? scoring.items()
                : items.stream().filter(item -> item.type() == ItemType.CHOICE).map(SurveyItem::code).toList();
        if (scored.isEmpty() || new HashSet<>(scored).size() != scored.size()) {
            throw new IllegalArgumentException(code + ": the score needs distinct items");
        }
        for (String itemCode : scored) {
            SurveyItem item = items.stream().filter(candidate -> candidate.code().equals(itemCode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code + ": the score names unknown item " + itemCode));
            if (item.type() != ItemType.CHOICE || !item.isRequired()) {
                throw new IllegalArgumentException(code + ": scored item " + itemCode + " must be a required choice item");
            }
        }
        Scoring resolved = new Scoring(scoring.method(), scored, scoring.bands());
        double min = extremeScore(resolved, items, answerSets, false);
        double max = extremeScore(resolved, items, answerSets, true);
        List<Band> bands = resolved.bands();
        if (bands.get(0).from() > min || bands.get(bands.size() - 1).from() > max) {
            throw new IllegalArgumentException(code + ": the first band must take in the lowest score (" + min
                    + ") and every band must be reachable (highest score " + max + ")");
        }
        return resolved;
    }
}
