package kz.tendik.cases.referral;

import java.util.List;

import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * A referral or transfer without the survivor's recorded consent: the reason code (audited, shown on the case) and an
 * optional explanation (kept encrypted, never audited). Only a user with the override permission gives one.
 */
record ConsentOverride(OverrideReason reason, String note) {

    static final int MAX_NOTE = 1_000;

    /** What is done without consent, with the messages that say so. */
    enum Act {
        REFERRAL("cases.referral.overrideNoteWithoutReason", "cases.referral.overrideNotNeeded"),
        TRANSFER("cases.transfer.overrideNoteWithoutReason", "cases.transfer.overrideNotNeeded");

        private final String noteWithoutReason;
        private final String notNeeded;

        Act(String noteWithoutReason, String notNeeded) {
            this.noteWithoutReason = noteWithoutReason;
            this.notNeeded = notNeeded;
        }
    }

    /**
     * The override a request asks for, or {@code null} when it asks for none or names no valid reason; every mistake
     * is added to {@code problems} on the fields {@code overrideReason} and {@code overrideNote}, in the words of the
     * act.
     */
    static ConsentOverride of(Act act, String reasonCode, String noteText, boolean consentRecorded,
                              List<FieldProblem> problems) {
        boolean overriding = Referrals.present(reasonCode);
        OverrideReason reason = null;
        if (overriding) {
            try {
                reason = OverrideReason.valueOf(reasonCode.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("overrideReason", "validation.invalidValue"));
            }
        }
        String note = Referrals.present(noteText) ? noteText.strip() : null;
        if (note != null && !overriding) {
            problems.add(new FieldProblem("overrideNote", act.noteWithoutReason));
        } else if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("overrideNote", "validation.tooLong"));
        }
        if (consentRecorded && overriding) {
            problems.add(new FieldProblem("overrideReason", act.notNeeded));
        }
        return reason == null ? null : new ConsentOverride(reason, note);
    }
}
