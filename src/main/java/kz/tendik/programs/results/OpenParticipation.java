package kz.tendik.programs.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/**
 * Published programme participation for the open-data API: by programme, year the cohort started and region, how
 * many enrolled (held a place) and completed, and the completion rate, with a total row (region {@code null}) per
 * programme and year. Small counts are suppressed with {@link SmallCellSuppression}: an enrolment count below
 * {@value SmallCellSuppression#THRESHOLD}; a completion count that is small, whose complement (enrolled but not
 * completed) is small, or whose enrolment count is suppressed; then complementary suppression within each
 * programme and year against its published totals. A suppressed figure is {@code null}, and so is a rate built on
 * one. No personal data: counts only.
 */
@Service
public class OpenParticipation {

    private final ProgrammeIndicators indicators;

    OpenParticipation(ProgrammeIndicators indicators) {
        this.indicators = indicators;
    }

    /** One published row; {@code regionCode} null for the programme's total in that year. */
    public record Row(long programmeId, String programmeKk, String programmeRu, String programmeEn, int year,
                      String regionCode, Integer enrolled, Integer completed, Double completionRate) {
    }

    public List<Row> rows() {
        return publish(indicators.facts());
    }

    static List<Row> publish(List<EnrolmentFact> facts) {
        record Key(long programmeId, int year) {
        }
        Map<Key, Map<String, int[]>> groups = new LinkedHashMap<>();
        Map<Long, EnrolmentFact> names = new LinkedHashMap<>();
        for (EnrolmentFact f : facts) {
            names.putIfAbsent(f.programmeId(), f);
            int[] counts = groups.computeIfAbsent(new Key(f.programmeId(), f.cohortStart().getYear()), k -> new TreeMap<>())
                    .computeIfAbsent(f.regionCode(), r -> new int[2]);
            counts[0]++;
            if (f.completed()) {
                counts[1]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, regions) -> {
            List<String> codes = new ArrayList<>(regions.keySet());
            List<Integer> enrolled = codes.stream().map(c -> regions.get(c)[0]).toList();
            List<Integer> completed = codes.stream().map(c -> regions.get(c)[1]).toList();
            int totalEnrolled = enrolled.stream().mapToInt(Integer::intValue).sum();
            int totalCompleted = completed.stream().mapToInt(Integer::intValue).sum();
            boolean totalEnrolledShown = !SmallCellSuppression.small(totalEnrolled);
            boolean totalCompletedShown = totalEnrolledShown && completionsShown(totalEnrolled, totalCompleted);
            List<Boolean> hideEnrolled = SmallCellSuppression.suppress(enrolled, totalEnrolled);
            List<Boolean> hideCompleted = SmallCellSuppression.suppress(completed,
                    i -> hideEnrolled.get(i) || !completionsShown(enrolled.get(i), completed.get(i)), totalCompletedShown);
            EnrolmentFact name = names.get(key.programmeId());
            for (int i = 0; i < codes.size(); i++) {
                rows.add(row(name, key.year(), codes.get(i), enrolled.get(i), completed.get(i), hideEnrolled.get(i),
                        hideCompleted.get(i)));
            }
            rows.add(row(name, key.year(), null, totalEnrolled, totalCompleted, !totalEnrolledShown, !totalCompletedShown));
        });
        return rows;
    }

    private static boolean completionsShown(int enrolled, int completed) {
        return !SmallCellSuppression.small(completed) && !SmallCellSuppression.small(enrolled - completed);
    }

    private static Row row(EnrolmentFact name, int year, String region, int enrolled, int completed,
                           boolean hideEnrolled, boolean hideCompleted) {
        boolean rateShown = !hideEnrolled && !hideCompleted && enrolled > 0;
        return new Row(name.programmeId(), name.programmeKk(), name.programmeRu(), name.programmeEn(), year, region,
                hideEnrolled ? null : enrolled, hideCompleted ? null : completed,
                rateShown ? (double) completed / enrolled : null);
    }
}
