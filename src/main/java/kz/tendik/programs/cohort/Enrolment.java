package kz.tendik.programs.cohort;

/**
 * One participant in a cohort as programme staff see it: no referral reference (it would reveal a link to a
 * family support centre). {@code waitingPosition} is 1, 2, ... on the waiting list, otherwise null.
 */
public record Enrolment(long id, long participantId, String name, String contact, int birthYear, String sex,
                        String regionCode, EnrolmentStatus status, Integer waitingPosition) {
}
