package kz.tendik.programs.survey;

import java.util.Map;

/** One participant's answers in a round: stored values by item code (1 yes / 0 no for yes/no items). */
public record ResponseDraft(Long roundId, Long enrolmentId, Map<String, Integer> answers) {

    /** Leaves out the answers: they describe a person's views. */
    @Override
    public String toString() {
        return "ResponseDraft[round " + roundId + ", enrolment " + enrolmentId + "]";
    }
}
