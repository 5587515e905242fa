package kz.tendik.cases.survivor;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilePartTest {

    private static SurvivorProfile profile(List<ContactChannel> contacts, String address, MaritalStatus marital) {
        return new SurvivorProfile("Жанар Әлиева", null, "900515401230", LocalDate.of(1990, 5, 15), null, null,
                Sex.FEMALE, marital, null, List.of("kk"), null, null, "KZ", 2, contacts, address,
                new EmergencyContact("Сіңлісі", "sister", "+7 701 000 00 02"));
    }

    private static ContactChannel phone(String number, boolean safeToCall) {
        return new ContactChannel(ChannelKind.PHONE, number, safeToCall, false, false);
    }

    @Test
    void theSameProfileHasNoChangedPart() {
        SurvivorProfile p = profile(List.of(phone("+7 701 111 22 33", true)), "Астана", null);
        assertThat(ProfilePart.changed(p, profile(List.of(phone("+7 701 111 22 33", true)), "Астана", null))).isEmpty();
    }

    @Test
    void aNewPhoneAndAddressAreContactsAndSafeAddressOnly() {
        SurvivorProfile before = profile(List.of(phone("+7 701 111 22 33", true)), "Астана", null);
        SurvivorProfile after = profile(List.of(phone("+7 702 444 55 66", true)), "Қарағанды", null);
        assertThat(ProfilePart.changed(before, after))
                .containsExactly(ProfilePart.CONTACTS, ProfilePart.SAFE_ADDRESS);
    }

    @Test
    void aSafetyFlagAloneIsAChangeOfTheContacts() {
        SurvivorProfile before = profile(List.of(phone("+7 701 111 22 33", true)), "Астана", null);
        SurvivorProfile after = profile(List.of(phone("+7 701 111 22 33", false)), "Астана", null);
        assertThat(ProfilePart.changed(before, after)).containsExactly(ProfilePart.CONTACTS);
    }

    @Test
    void answeringAQuestionNotAskedBeforeIsAChange() {
        SurvivorProfile before = profile(List.of(), null, null);
        SurvivorProfile after = profile(List.of(), null, MaritalStatus.DIVORCED_OR_SEPARATED);
        assertThat(ProfilePart.changed(before, after)).containsExactly(ProfilePart.MARITAL_STATUS);
    }

    @Test
    void everyPartIsNamedByACodeTheTimelineAccepts() {
        for (ProfilePart part : ProfilePart.values()) {
            assertThat(part.name()).matches("[A-Z_]{2,40}");
            assertThat(part.messageKey()).isEqualTo("cases.eventDetail." + part.name());
        }
    }
}
