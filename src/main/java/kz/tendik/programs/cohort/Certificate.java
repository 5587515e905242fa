package kz.tendik.programs.cohort;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate as programme staff see it; the code is shown to them (it is printed on the PDF). */
public record Certificate(long id, long enrolmentId, String code, String language, LocalDate completedOn,
                          Instant issuedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
