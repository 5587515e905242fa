package kz.tendik.cases.registry;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.EmergencyContact;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.crypto.TestCrypto;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles are stored as encrypted JSON: those written by an older or a newer version still decrypt. */
class SurvivorProfileJsonTest {

    /** A profile exactly as the version before marital, displacement and disability status wrote it. */
    private static final String WRITTEN_BEFORE_THE_NEW_FIELDS = """
            {"fullName":"Гүлнар Сапарқызы Әбенова","fullNameLatin":"Gulnar Abenova","iin":null,\
            "dateOfBirth":"1988-02-29","age":null,"ageRecordedOn":null,"sex":"FEMALE","languages":["kk","ru"],\
            "disability":"Көру қабілеті нашар","citizenship":"KZ","childrenInHousehold":2,\
            "contacts":[{"kind":"PHONE","value":"+7 701 111 22 33","safeToCall":true,"safeToText":false,\
            "safeToVisit":false}],"safeAddress":"Қарағанды, Бұқар жырау даңғылы, 1",\
            "emergencyContact":{"name":"Апасы","relationship":"sister","phone":"+7 701 000 00 09"}}""";

    private final TestCrypto crypto = TestCrypto.withFreshKeys();
    private final SurvivorStore store = new SurvivorStore(null, crypto.cipher(), crypto.index());

    private byte[] stored(long id, String json) {
        return crypto.cipher().encrypt(json, CaseColumns.SURVIVOR_PROFILE.associatedData(id));
    }

    @Test
    void aProfileWrittenBeforeTheNewFieldsDecryptsWithThemNotAsked() {
        SurvivorProfile profile = store.decrypt(42, stored(42, WRITTEN_BEFORE_THE_NEW_FIELDS));

        assertThat(profile.fullName()).isEqualTo("Гүлнар Сапарқызы Әбенова");
        assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.of(1988, 2, 29));
        assertThat(profile.sex()).isEqualTo(Sex.FEMALE);
        assertThat(profile.disability()).isEqualTo("Көру қабілеті нашар");
        assertThat(profile.contacts()).containsExactly(
                new ContactChannel(ChannelKind.PHONE, "+7 701 111 22 33", true, false, false));
        assertThat(profile.emergencyContact()).isEqualTo(new EmergencyContact("Апасы", "sister", "+7 701 000 00 09"));
        assertThat(profile.maritalStatus()).isNull();
        assertThat(profile.displacementStatus()).isNull();
        assertThat(profile.hasDisability()).isNull();
    }

    @Test
    void aPropertyWrittenByANewerVersionIsIgnored() {
        String newer = WRITTEN_BEFORE_THE_NEW_FIELDS.replace("\"sex\":\"FEMALE\"",
                "\"sex\":\"FEMALE\",\"maritalStatus\":\"WIDOWED\",\"householdHead\":true");

        SurvivorProfile profile = store.decrypt(7, stored(7, newer));

        assertThat(profile.maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(profile.fullName()).isEqualTo("Гүлнар Сапарқызы Әбенова");
    }

    @Test
    void theNewFieldsSurviveTheRoundTripUnderTheirApiNames() {
        SurvivorProfile profile = new SurvivorProfile("Жанар Әлиева", null, null, null, 34, LocalDate.of(2026, 11, 1),
                Sex.FEMALE, MaritalStatus.DIVORCED_OR_SEPARATED, DisplacementStatus.KANDAS, List.of("kk"), true,
                "II топ, есту қабілеті", "MN", 3, List.of(), null, null);

        byte[] ciphertext = store.encrypt(9, profile);

        assertThat(store.decrypt(9, ciphertext)).isEqualTo(profile);
        assertThat(crypto.cipher().decrypt(ciphertext, CaseColumns.SURVIVOR_PROFILE.associatedData(9)))
                .contains("\"maritalStatus\":\"DIVORCED_OR_SEPARATED\"", "\"displacementStatus\":\"KANDAS\"",
                        "\"hasDisability\":true");
    }
}
