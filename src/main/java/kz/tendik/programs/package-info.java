/**
 * Programmes: empowerment, education and prevention programmes — cohorts, participants, attendance, surveys,
 * outcomes, certificates and the measured change they bring.
 * The measurement core lives in sub-packages and is pure Java: {@code survey} (versioned survey instruments as
 * data, validation and scoring of a response) and {@code impact} (paired pre/post analysis: attrition, paired
 * t-test and Wilcoxon signed-rank test, confidence interval, Cohen's d_z, McNemar's test, band shifts), built on
 * Apache Commons Statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes")
package kz.tendik.programs;
