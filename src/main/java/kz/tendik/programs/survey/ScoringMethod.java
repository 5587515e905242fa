package kz.tendik.programs.survey;

/** How item scores make the scale score: their sum, or their mean. */
public enum ScoringMethod {
    SUM, MEAN
}
