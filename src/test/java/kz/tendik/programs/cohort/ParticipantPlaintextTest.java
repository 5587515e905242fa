package kz.tendik.programs.cohort;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Name and contact travel as one plaintext (then one ciphertext) and come back apart, whatever they contain. */
class ParticipantPlaintextTest {

    @Test
    void aNameAndContactComeBackExactlyEvenWithColonsAndDigits() {
        String[] back = Enrolments.decode(Enrolments.encode("12: Әсел: Қасым", "+7 701 000:00"));
        assertThat(back).containsExactly("12: Әсел: Қасым", "+7 701 000:00");
    }

    @Test
    void anEmptyContactStaysEmpty() {
        assertThat(Enrolments.decode(Enrolments.encode("Дана", ""))).containsExactly("Дана", "");
    }

    @Test
    void onlyEnrolledAndCompletedParticipantsHoldAPlace() {
        assertThat(EnrolmentStatus.ENROLLED.holdsPlace()).isTrue();
        assertThat(EnrolmentStatus.COMPLETED.holdsPlace()).isTrue();
        assertThat(EnrolmentStatus.WAITING.holdsPlace()).isFalse();
        assertThat(EnrolmentStatus.WITHDRAWN.holdsPlace()).isFalse();
    }
}
