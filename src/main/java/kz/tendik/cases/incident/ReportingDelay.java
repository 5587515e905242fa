package kz.tendik.cases.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time from the incident to the report (the interview), in the standard GBVIMS bins. "Over one month" starts
 * the day after the same day of the next month (an incident on 31 January reported on 29 February is within a
 * month).
 */
public enum ReportingDelay {
    DAYS_0_3,
    DAYS_4_5,
    DAYS_6_14,
    TWO_WEEKS_TO_ONE_MONTH,
    OVER_ONE_MONTH;

    /** The bin for an incident on {@code incidentDate} reported on {@code reportDate}; the report cannot come first. */
    public static ReportingDelay between(LocalDate incidentDate, LocalDate reportDate) {
        long days = ChronoUnit.DAYS.between(incidentDate, reportDate);
        if (days < 0) {
            throw new IllegalArgumentException("reported before it happened");
        }
        if (days <= 3) {
            return DAYS_0_3;
        }
        if (days <= 5) {
            return DAYS_4_5;
        }
        if (days <= 14) {
            return DAYS_6_14;
        }
        return reportDate.isAfter(incidentDate.plusMonths(1)) ? OVER_ONE_MONTH : TWO_WEEKS_TO_ONE_MONTH;
    }

    /** Within 72 hours, when a rape survivor can still get post-exposure care (one of the GBVIMS tables). */
    public static boolean within72Hours(LocalDate incidentDate, LocalDate reportDate) {
        return between(incidentDate, reportDate) == DAYS_0_3;
    }

    public String messageKey() {
        return "cases.reportingDelay." + name();
    }
}
