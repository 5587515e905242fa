package kz.tendik.cases.generate;

import java.util.List;

/**
 * What to generate: how many survivors, cases and incidents, at which centres (each with its caseworkers and a
 * weight, e.g. its region's population), how often the case's other records occur, and the seed.
 */
record GenerationSpec(int survivors, int cases, int incidents, long seed, List<Centre> centres, Rates rates,
                      int yearsBack) {

    GenerationSpec {
        centres = List.copyOf(centres);
        if (cases > 0 && (survivors < 1 || centres.isEmpty())) {
            throw new IllegalArgumentException("cases need survivors and centres");
        }
        if (incidents > 0 && cases < 1) {
            throw new IllegalArgumentException("incidents need cases");
        }
    }

    /** A centre that receives cases: its region, the locality for addresses, its caseworkers and its weight. */
    record Centre(long id, String regionCode, String locality, List<Long> caseworkers, double weight) {
        Centre {
            caseworkers = List.copyOf(caseworkers);
            if (caseworkers.isEmpty()) {
                throw new IllegalArgumentException("a centre that receives cases needs a caseworker");
            }
        }
    }

    /**
     * Shares of cases with a risk assessment (and of those, high), a safety plan when the risk is high, a protective
     * measure (and of those, expiring within a week), an open follow-up (and of those, overdue), and a case note.
     */
    record Rates(double riskAssessment, double highRisk, double safetyPlanWhenHigh, double measure,
                 double measureExpiringSoon, double followUp, double followUpOverdue, double note) {

        /** For load tests: what a centre's archive of a few years looks like. */
        static Rates archive() {
            return new Rates(0.5, 0.2, 0.7, 0.1, 0.05, 0.3, 0.3, 0.3);
        }

        /** For the demo: every screen of a caseworker has something to show. */
        static Rates demo() {
            return new Rates(0.85, 0.35, 0.6, 0.45, 0.5, 0.8, 0.4, 0.8);
        }
    }
}
