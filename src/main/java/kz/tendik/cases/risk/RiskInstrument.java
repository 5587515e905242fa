package kz.tendik.cases.risk;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.tendik.shared.data.VersionedDefinitions;

/**
 * A risk assessment instrument as data: a code and version (kept with every assessment), a title, where its
 * wording comes from, its questions, and the lowest score of each level. Every level has a threshold, the
 * standard level starts at 0, and higher levels need higher scores that the questions can reach.
 */
public record RiskInstrument(String code, int version, LocalizedText title, String source,
                             List<RiskQuestion> questions, Map<RiskLevel, Integer> thresholds) implements VersionedDefinitions.Versioned {

    public RiskInstrument {
        if (code == null || !code.matches("[a-z0-9-]{1,40}") || version < 1 || title == null) {
            throw new IllegalArgumentException("an instrument needs a code (a-z, 0-9, '-'), a version from 1 and a title");
        }
        if (questions == null || questions.isEmpty()) {
            throw new IllegalArgumentException(code + " has no questions");
        }
        Set<String> codes = new HashSet<>();
        questions.forEach(question -> {
            if (!codes.add(question.code())) {
                throw new IllegalArgumentException(code + " repeats question " + question.code());
            }
        });
        questions = List.copyOf(questions);
        thresholds = checkedThresholds(code, thresholds, questions.stream().mapToInt(RiskQuestion::weight).sum());
    }

    /** The level a score reaches: the highest level whose threshold it meets. */
    public RiskLevel levelFor(int score) {
        RiskLevel level = RiskLevel.STANDARD;
        for (RiskLevel candidate : RiskLevel.values()) {
            if (score >= thresholds.get(candidate)) {
                level = candidate;
            }
        }
        return level;
    }

    public int maxScore() {
        return questions.stream().mapToInt(RiskQuestion::weight).sum();
    }

    public Optional<RiskQuestion> question(String questionCode) {
        return questions.stream().filter(question -> question.code().equals(questionCode)).findFirst();
    }

    private static Map<RiskLevel, Integer> checkedThresholds(String code, Map<RiskLevel, Integer> thresholds, int max) {
        if (thresholds == null || thresholds.size() != RiskLevel.values().length || thresholds.containsValue(null)) {
            throw new IllegalArgumentException(code + " needs a threshold for every level");
        }
        Map<RiskLevel, Integer> copy = new EnumMap<>(thresholds);
        if (copy.get(RiskLevel.STANDARD) != 0) {
            throw new IllegalArgumentException(code + ": the standard level starts at 0");
        }
        int previous = 0;
        for (RiskLevel level : RiskLevel.values()) {
            int threshold = copy.get(level);
            if (level != RiskLevel.STANDARD && (threshold <= previous || threshold > max)) {
                throw new IllegalArgumentException(code + ": thresholds rise with the level and stay reachable");
            }
            previous = threshold;
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
