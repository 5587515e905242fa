package kz.tendik.cases.measure;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A protective measure as a caseworker records it, before it is checked.
 *
 * @param type                  the measure
 * @param startsAt              when it took effect: service of the protective order, the court's start, the start
 *                              of detention (local time in Kazakhstan)
 * @param endsAt                the court's end for special requirements (required); the release for a detention
 *                              shorter than the maximum (optional); never for a protective order (computed)
 * @param conditions            special requirements only: the conditions the court chose
 * @param policeReportsPerMonth special requirements with {@link SpecialCondition#REPORT_TO_POLICE} only
 */
public record MeasureDraft(MeasureType type, LocalDateTime startsAt, LocalDateTime endsAt,
                           Set<SpecialCondition> conditions, Integer policeReportsPerMonth) {

    public static final String TYPE = "type";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String CONDITIONS = "conditions";
    public static final String POLICE_REPORTS = "policeReportsPerMonth";

    public MeasureDraft {
        conditions = conditions == null || conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }
}
