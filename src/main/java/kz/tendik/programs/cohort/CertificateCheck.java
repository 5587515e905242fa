package kz.tendik.programs.cohort;

import java.time.LocalDate;

/**
 * What the public verification page and API show about a certificate: the name as printed, the programme (in the
 * reader's language), the cohort, the completion date and whether it is still valid. Nothing else about the
 * participant (no contact, birth year, region or referral).
 */
public record CertificateCheck(String code, Status status, String participantName, String programme, String cohort,
                               LocalDate completedOn) {

    public enum Status { VALID, REVOKED }
}
