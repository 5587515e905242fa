package kz.tendik.cases.retention;

import java.time.Period;

import kz.tendik.cases.casefile.RetentionPlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code tendik.cases.retention.*}: how long a closed case keeps its free text ({@code text-after}, ISO-8601 such as
 * {@code P2Y}) and its whole record ({@code record-after}), and when the daily purge runs ({@code purge-cron}, in
 * {@code tendik.time-zone}). Checked at start-up: positive periods, the record not before the text, a valid cron.
 */
@ConfigurationProperties("tendik.cases.retention")
public record RetentionSettings(@DefaultValue("P2Y") Period textAfter, @DefaultValue("P5Y") Period recordAfter,
                                @DefaultValue("0 30 2 * * *") String purgeCron) {

    public RetentionSettings {
        try {
            new RetentionPlan(textAfter, recordAfter);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tendik.cases.retention: " + e.getMessage());
        }
        if (purgeCron == null || !CronExpression.isValidExpression(purgeCron)) {
            throw new IllegalArgumentException("tendik.cases.retention.purge-cron is not a valid cron expression");
        }
    }

    public RetentionPlan plan() {
        return new RetentionPlan(textAfter, recordAfter);
    }
}
