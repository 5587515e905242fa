package kz.tendik.cases.safety;

import java.time.Instant;

/** The case's safety plan (empty with version 0 when none was written) and who changed it last. */
public record SafetyPlanView(SafetyPlanContent plan, int version, String updatedByName, Instant updatedAt) {

    public boolean exists() {
        return version > 0;
    }
}
