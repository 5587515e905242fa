package kz.tendik.cases.referral;

import java.util.List;
import java.util.Locale;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.directory.ProviderKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterContentTest {

    private static SurvivorProfile profile(List<String> languages, List<ContactChannel> contacts) {
        return new SurvivorProfile("Айгүл Серікқызы Жұмабаева", null, null, null, null, null, null, null, null,
                languages, null, null, null, null, contacts, "secret address", null);
    }

    @Test
    void theLetterIsInTheSurvivorsFirstDocumentLanguageElseTheUsers() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(LetterContent.language(profile(List.of("kk", "ru"), List.of()), ru).getLanguage()).isEqualTo("kk");
        assertThat(LetterContent.language(profile(List.of("uz", "EN"), List.of()), ru).getLanguage()).isEqualTo("en");
        assertThat(LetterContent.language(profile(List.of("uz"), List.of()), Locale.forLanguageTag("kk")).getLanguage())
                .isEqualTo("kk");
        assertThat(LetterContent.language(profile(List.of(), List.of()), Locale.GERMAN).getLanguage()).isEqualTo("ru");
    }

    @Test
    void theNameIsTheFirstWordAndTheInitialOfTheLastUnlessSharingWasAgreed() {
        assertThat(LetterContent.name("Айгүл Серікқызы Жұмабаева", false)).isEqualTo("Айгүл Ж.");
        assertThat(LetterContent.name("Svetlana kim", false)).isEqualTo("Svetlana K.");
        assertThat(LetterContent.name("Айгүл", false)).isEqualTo("Айгүл");
        assertThat(LetterContent.name("Айгүл Серікқызы Жұмабаева", true)).isEqualTo("Айгүл Серікқызы Жұмабаева");
    }

    @Test
    void onlyChannelsSafeToCallOrTextAreGivenNeverOneOnlySafeToVisit() {
        ContactChannel safeCall = new ContactChannel(ChannelKind.PHONE, "+7 701 111 11 11", true, false, false);
        ContactChannel unsafe = new ContactChannel(ChannelKind.PHONE, "+7 701 222 22 22", false, false, false);
        ContactChannel visitOnly = new ContactChannel(ChannelKind.OTHER, "neighbour's flat", false, false, true);
        ContactChannel safeText = new ContactChannel(ChannelKind.TELEGRAM, "@aigul", false, true, false);
        ContactChannel other = new ContactChannel(ChannelKind.OTHER, "via sister", true, true, false);
        assertThat(LetterContent.safeChannels(profile(List.of(), List.of(safeCall, unsafe, visitOnly, safeText, other))))
                .containsExactly(safeCall, safeText);
    }

    @Test
    void everyProviderKindAsksForAServiceConsentCanBeRecordedFor() {
        assertThat(ProviderServices.serviceOf(ProviderKind.POLICE_DISTRICT_OFFICE)).isEqualTo(ReferralPurpose.POLICE);
        assertThat(ProviderServices.serviceOf(ProviderKind.HEALTH_FACILITY)).isEqualTo(ReferralPurpose.MEDICAL);
        assertThat(ProviderServices.serviceOf(ProviderKind.AKIMAT_MOBILE_GROUP)).isEqualTo(ReferralPurpose.SOCIAL);
        assertThat(ProviderServices.serviceOf(ProviderKind.GUARDIANSHIP_BODY)).isEqualTo(ReferralPurpose.CHILD_PROTECTION);
        for (ProviderKind kind : ProviderKind.values()) {
            assertThat(ProviderServices.serviceOf(kind)).isNotNull();
        }
    }
}
