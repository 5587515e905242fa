package kz.tendik.cases.web;

import java.sql.Array;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.cases.PlainTextScan;
import kz.tendik.cases.closure.ClosureSteps;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.CaseTestData.survivorJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code PUT /api/v1/survivors/{id}}: the whole profile with the version read; re-encrypted and re-indexed, a stale
 * version is 409 and loses nothing, every invalid field is named, the timeline of her case says which parts changed
 * without a value, the audit log keeps it, and a user out of reach gets the 404 of a read.
 */
@IntegrationTest
class SurvivorEditApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    /** A survivor of caseworker.astana with a case; returns {survivor id, case id}. */
    private long[] survivorWithCase(Person p) throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        return new long[] {CaseTestData.survivorOf(jdbc, caseId), caseId};
    }

    /** The person's usual profile (as registered by {@link CaseTestData#survivorJson}) at the version read. */
    private static String change(int version, Person p) {
        return "{\"version\": " + version + ", " + survivorJson(p).strip().substring(1);
    }

    private ResultActions putAs(String user, long survivorId, String body, String language) throws Exception {
        return mvc.perform(put("/api/v1/survivors/" + survivorId).with(users.as(user)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<Long> foundBy(String criterion, String value) throws Exception {
        String body = mvc.perform(get("/api/v1/survivors").param(criterion, value).with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((List<Number>) JsonPath.read(body, "$[*].survivorId")).stream().map(Number::longValue).toList();
    }

    private List<String> timelineDetails(long caseId) {
        return jdbc.sql("SELECT details FROM case_event WHERE case_id = ? AND type = 'SURVIVOR_UPDATED' ORDER BY id")
                .param(caseId).query((rs, n) -> {
                    Array details = rs.getArray(1);
                    return String.join(",", (String[]) details.getArray());
                }).list();
    }

    @Test
    void aNewPhoneAndAddressAreStoredEncryptedFoundByTheirIndexAndNamedOnTheTimelineWithoutTheirValues()
            throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        Person moved = new Person(p.name(), p.iin(), p.born(), CaseTestData.person().phone(),
                CaseTestData.person().address());

        putAs("caseworker.astana", ids[0], change(0, moved), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(moved.phone()))
                .andExpect(jsonPath("$.profile.contacts[0].safeToCall").value(true))
                .andExpect(jsonPath("$.profile.safeAddress").value(moved.address()))
                .andExpect(jsonPath("$.profile.maritalStatus").value("DIVORCED_OR_SEPARATED"));
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("supervisor.astana")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(moved.phone()));

        assertThat(foundBy("phone", moved.phone())).contains(ids[0]);
        assertThat(foundBy("phone", p.phone()))
                .as("the old phone no longer finds her").doesNotContain(ids[0]);
        assertThat(foundBy("iin", p.iin())).contains(ids[0]);
        assertThat(timelineDetails(ids[1])).containsExactly("CONTACTS,SAFE_ADDRESS");
        assertThat(jdbc.sql("SELECT purpose FROM audit_entry WHERE action = 'survivor.update' AND object_id = ?")
                .param(String.valueOf(ids[0])).query(String.class).list()).containsExactly("parts:CONTACTS,SAFE_ADDRESS");
        assertThat(PlainTextScan.findings(jdbc, List.of(p.phone(), p.phone().replaceAll("\\D", ""), p.address(),
                moved.phone(), moved.phone().replaceAll("\\D", ""), moved.address(), p.surname(), p.iin())))
                .isEmpty();
    }

    @Test
    void aNewNameAndIinAreFoundAndTheOldOnesAreNot() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        Person other = CaseTestData.person();
        Person renamed = new Person(other.name(), other.iin(), other.born(), p.phone(), p.address());
        putAs("caseworker.astana", ids[0], change(0, renamed), "en").andExpect(status().isOk());

        assertThat(foundBy("iin", other.iin())).contains(ids[0]);
        assertThat(foundBy("iin", p.iin())).doesNotContain(ids[0]);
        assertThat(foundBy("name", other.name())).contains(ids[0]);
        assertThat(foundBy("name", p.name())).doesNotContain(ids[0]);
        assertThat(timelineDetails(ids[1])).containsExactly("NAME,IIN,BIRTH");
        assertThat(PlainTextScan.findings(jdbc, List.of(p.name(), p.iin(), other.name(), other.iin(), p.surname(),
                other.surname()))).isEmpty();
    }

    @Test
    void aStaleVersionIs409AndTheFirstChangeIsKept() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        Person first = new Person(p.name(), p.iin(), p.born(), CaseTestData.person().phone(), p.address());
        Person second = new Person(p.name(), p.iin(), p.born(), p.phone(), CaseTestData.person().address());
        putAs("caseworker.astana", ids[0], change(0, first), "ru").andExpect(status().isOk());

        putAs("supervisor.astana", ids[0], change(0, second), "ru")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:staleVersion"))
                .andExpect(jsonPath("$.title").value("Профиль изменил другой пользователь"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("supervisor.astana")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(first.phone()))
                .andExpect(jsonPath("$.profile.safeAddress").value(p.address()));
        assertThat(auditEntries(jdbc, "survivor.update", "survivor", ids[0])).isEqualTo(1);
        assertThat(timelineDetails(ids[1])).hasSize(1);
        putAs("supervisor.astana", ids[0], change(1, second), "ru").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void everyInvalidFieldIsNamedInTheUsersLanguageAndNothingChanges() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        String typo = p.iin().substring(0, 11) + (char) ('0' + (p.iin().charAt(11) - '0' + 1) % 10);
        String body = survivorJson(p).strip().replace(p.iin(), typo).replace(p.phone(), "12ab")
                .replace("\"childrenInHousehold\": 2", "\"childrenInHousehold\": 31, \"age\": 300")
                .replace("\"+7 701 000 00 02\"", "\"x\"");
        record Expected(String language, String required, String phone) {
        }
        for (Expected e : List.of(new Expected("en", "Required.", "Enter a phone number"),
                new Expected("ru", "Обязательное поле.", "Введите номер телефона"),
                new Expected("kk", "Міндетті өріс.", "Телефон нөмірін"))) {
            putAs("caseworker.astana", ids[0], body, e.language())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("version", "iin", "age",
                            "childrenInHousehold", "contacts[0].value", "emergencyContact.phone")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'version')].message", hasItem(e.required())))
                    .andExpect(jsonPath("$.errors[?(@.field == 'contacts[0].value')].message",
                            hasItem(org.hamcrest.Matchers.startsWith(e.phone()))));
        }
        // an IIN that contradicts the date of birth and sex names both
        String contradicting = change(0, p).replace("\"dateOfBirth\": \"" + p.born() + "\"",
                "\"dateOfBirth\": \"" + p.born().plusDays(1) + "\"").replace("\"FEMALE\"", "\"MALE\"");
        putAs("caseworker.astana", ids[0], contradicting, "kk")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("dateOfBirth", "sex")))
                .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message",
                        hasItem("Туған күні ЖСН-мен сәйкес келмейді.")));
        putAs("caseworker.astana", ids[0], change(0, p).replace("\"FEMALE\"", "\"F\""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("sex")));

        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.profile.iin").value(p.iin()))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(p.phone()));
        assertThat(auditEntries(jdbc, "survivor.update", "survivor", ids[0])).isZero();
    }

    @Test
    void aUserWhoCannotReachHerCaseGetsTheAnswerOfARead() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        Person moved = new Person(p.name(), p.iin(), p.born(), CaseTestData.person().phone(), p.address());
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        putAs("caseworker.almaty", ids[0], change(0, moved), "en").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors").doesNotExist());
        mvc.perform(put("/api/v1/survivors/" + ids[0]).with(users.as("analyst"))
                        .contentType(MediaType.APPLICATION_JSON).content(change(0, moved)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/survivors/987654321").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(change(0, moved)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'survivor.update' AND object_id = ? AND outcome = 'DENIED'""")
                .param(String.valueOf(ids[0])).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(p.phone()));
    }

    @Test
    void aSurvivorWhoseOnlyCaseIsClosedCannotBeChangedUntilItIsReopened() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        ClosureSteps.close(mvc, users, ids[1]);
        Person moved = new Person(p.name(), p.iin(), p.born(), CaseTestData.person().phone(), p.address());
        putAs("caseworker.astana", ids[0], change(0, moved), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The case is closed: it can be read but not changed. Reopen it first."));
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(p.phone()));
    }

    @Test
    void aProfileWrittenBeforeTheStatusQuestionsIsCompletedAndAnUnchangedOneWritesNothing() throws Exception {
        Person p = CaseTestData.person();
        long[] ids = survivorWithCase(p);
        // as an older version wrote it: no marital status, displacement status or disability answer in the JSON
        String older = """
                {"fullName": "%s", "iin": "%s", "dateOfBirth": "%s", "age": null, "ageRecordedOn": null,
                 "sex": "FEMALE", "languages": ["kk"], "disability": null, "citizenship": "KZ",
                 "childrenInHousehold": 1, "contacts": [], "safeAddress": null, "emergencyContact": null}"""
                .formatted(p.name(), p.iin(), p.born());
        jdbc.sql("UPDATE survivor SET profile = ? WHERE id = ?")
                .params(cipher.encrypt(older, CaseColumns.SURVIVOR_PROFILE.associatedData(ids[0])), ids[0]).update();
        mvc.perform(get("/api/v1/survivors/" + ids[0]).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.profile.maritalStatus").doesNotExist())
                .andExpect(jsonPath("$.profile.hasDisability").doesNotExist());

        String completed = """
                {"version": 0, "fullName": "%s", "iin": "%s", "dateOfBirth": "%s", "sex": "FEMALE",
                 "languages": ["kk"], "citizenship": "KZ", "childrenInHousehold": 1, "maritalStatus": "SINGLE",
                 "displacementStatus": "INTERNAL_MIGRANT", "hasDisability": false}""".formatted(p.name(), p.iin(), p.born());
        putAs("caseworker.astana", ids[0], completed, "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.profile.maritalStatus").value("SINGLE"))
                .andExpect(jsonPath("$.profile.displacementStatus").value("INTERNAL_MIGRANT"))
                .andExpect(jsonPath("$.profile.hasDisability").value(false));
        assertThat(timelineDetails(ids[1])).containsExactly("MARITAL_STATUS,DISPLACEMENT,DISABILITY");

        putAs("caseworker.astana", ids[0], completed.replace("\"version\": 0", "\"version\": 1"), "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        assertThat(timelineDetails(ids[1])).as("nothing differed: nothing written").hasSize(1);
    }

    @Test
    void anAgeLeftAsItWasKeepsTheDayItWasRecordedOn() throws Exception {
        Person p = CaseTestData.person();
        String registered = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/survivors").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fullName": "%s", "sex": "FEMALE", "age": 30, "ageRecordedOn": "2024-03-01"}"""
                                .formatted(p.name())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(registered, "$.id")).longValue();
        putAs("caseworker.astana", id, """
                {"version": 0, "fullName": "%s", "sex": "FEMALE", "age": 30, "childrenInHousehold": 3}"""
                .formatted(p.name()), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.ageRecordedOn").value("2024-03-01"))
                .andExpect(jsonPath("$.profile.childrenInHousehold").value(3));
        putAs("caseworker.astana", id, """
                {"version": 1, "fullName": "%s", "sex": "FEMALE", "age": 33, "childrenInHousehold": 3}"""
                .formatted(p.name()), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.ageRecordedOn").value(
                        LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString()));
    }

    @Test
    void theOpenApiDescriptionHasTheChangeWithItsVersionAndTheDuplicateCheckOfRegistration() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/survivors'].post.parameters[?(@.name == 'Duplicates-Reviewed')].in",
                        hasItem("header")))
                .andExpect(jsonPath("$.paths['/api/v1/survivors'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/survivors'].post.description",
                        org.hamcrest.Matchers.containsString("possibleDuplicates")))
                .andExpect(jsonPath("$.paths['/api/v1/survivors/{id}'].put.responses['409']").exists())
                .andExpect(jsonPath("$.components.schemas.SurvivorChange.properties.version.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.SurvivorChange.properties.fullName").exists());
    }
}
