package kz.tendik.cases.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.CaseTestData.survivorJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long createSurvivor(String user, Person p) throws Exception {
        String body = mvc.perform(json(post("/api/v1/survivors"), user, survivorJson(p)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.profile.iin").value(p.iin()))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long openCase(String user, long survivorId) throws Exception {
        String body = mvc.perform(json(post("/api/v1/cases"), user, "{\"survivorId\": " + survivorId + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCaseworkerRegistersASurvivorFindsThemByIinPhoneAndNameAndTheReadIsAudited() throws Exception {
        Person p = CaseTestData.person();
        long id = createSurvivor("caseworker.astana", p);
        mvc.perform(get("/api/v1/survivors/" + id).with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.fullName").value(p.name()))
                .andExpect(jsonPath("$.profile.contacts[0].safeToCall").value(true));
        assertThat(auditEntries(jdbc, "survivor.create", "survivor", id)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "survivor.read", "survivor", id)).isGreaterThanOrEqualTo(2);
        for (String query : List.of("iin=" + p.iin(), "phone=8" + p.phone().replaceAll("\\D", "").substring(1),
                "name=" + p.name().toUpperCase())) {
            mvc.perform(get("/api/v1/survivors?" + query).with(users.as("supervisor.astana")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].survivorId", hasItem((int) id)))
                    .andExpect(jsonPath("$[?(@.survivorId == " + id + ")].initials").value(hasItem("Ә. Т. " +
                            p.name().substring(p.name().lastIndexOf(' ') + 1, p.name().lastIndexOf(' ') + 2).toUpperCase() + ".")));
        }
        // outside the centre nobody finds them
        mvc.perform(get("/api/v1/survivors?iin=" + p.iin()).with(users.as("caseworker.almaty")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/survivors/" + id).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSecondRegistrationIsStoppedByTheFirstUntilTheFirstIsNamedAsReviewed() throws Exception {
        Person p = CaseTestData.person();
        long first = createSurvivor("caseworker.astana", p);
        mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", survivorJson(p)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.possibleDuplicates[0].survivorId").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn", hasItem("IIN")))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn", hasItem("PHONE")));
        mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", survivorJson(p))
                        .header("Duplicates-Reviewed", String.valueOf(first)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.possibleDuplicates[0].survivorId").value(first))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn", hasItem("IIN")));
    }

    @Test
    void anInvalidIinIsNamedInEachLanguageTogetherWithEveryOtherInvalidField() throws Exception {
        String valid = kz.tendik.cases.survivor.Iin.compose(java.time.LocalDate.of(1990, 1, 1),
                kz.tendik.cases.survivor.Sex.FEMALE, 17).orElseThrow().digits();
        String typo = valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10);
        String body = """
                {"fullName": " ", "iin": "%s", "sex": null, "age": 300,
                 "contacts": [{"kind": "PHONE", "value": "12ab"}]}""".formatted(typo);
        record Expected(String language, String iinText, String requiredText) {
        }
        for (Expected e : List.of(new Expected("en", "The check digit does not match", "Required."),
                new Expected("ru", "Контрольная цифра не сходится", "Обязательное поле."),
                new Expected("kk", "Бақылау цифры сәйкес келмейді", "Міндетті өріс."))) {
            mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", body).header("Accept-Language", e.language()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field",
                            containsInAnyOrder("fullName", "iin", "sex", "age", "contacts[0].value")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'iin')].message",
                            hasItem(org.hamcrest.Matchers.startsWith(e.iinText()))))
                    .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value(hasItem(e.requiredText())));
        }
    }

    @Test
    void anIinThatContradictsTheDateOfBirthAndSexNamesBothFieldsAndStoresNothing() throws Exception {
        Person p = CaseTestData.person();
        String body = survivorJson(p).replace("\"dateOfBirth\": \"" + p.born() + "\"",
                "\"dateOfBirth\": \"" + p.born().plusDays(1) + "\"").replace("\"FEMALE\"", "\"MALE\"");
        long before = jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
        for (String[] language : new String[][] {{"en", "The date of birth does not match the IIN."},
                {"ru", "Дата рождения не совпадает с ИИН."}, {"kk", "Туған күні ЖСН-мен сәйкес келмейді."}}) {
            mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", body).header("Accept-Language", language[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("dateOfBirth", "sex")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message").value(hasItem(language[1])));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResultAndCreatesNothingNew() throws Exception {
        Person p = CaseTestData.person();
        String key = "retry-" + p.iin();
        String first = mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", survivorJson(p))
                        .header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        mvc.perform(json(post("/api/v1/survivors"), "caseworker.astana", survivorJson(p)).header("Idempotency-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        assertThat(auditEntries(jdbc, "survivor.create", "survivor", id)).isEqualTo(1);

        String opened = mvc.perform(json(post("/api/v1/cases"), "caseworker.astana", "{\"survivorId\": " + id + "}")
                        .header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post("/api/v1/cases"), "caseworker.astana", "{\"survivorId\": " + id + "}")
                        .header("Idempotency-Key", key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value((Integer) JsonPath.read(opened, "$.id")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE survivor_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aCaseGetsANumberPerCentreAndYearAndAStaleUpdateIsRefusedWith409() throws Exception {
        long survivor = createSurvivor("caseworker.astana", CaseTestData.person());
        long caseId = openCase("caseworker.astana", survivor);
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(matchesPattern("KZ71-\\d{2,}-20\\d{2}-\\d{5}")))
                .andExpect(jsonPath("$.stage").value("NEW"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.caseworkers[0].displayName").value("Динара Оспанова"));
        assertThat(auditEntries(jdbc, "case.read", "case", caseId)).isGreaterThanOrEqualTo(2);

        mvc.perform(json(put("/api/v1/cases/" + caseId), "supervisor.astana", "{\"version\": 0, \"familyCategory\": \"D\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.familyCategory").value("D"));
        mvc.perform(json(put("/api/v1/cases/" + caseId), "caseworker.astana", "{\"version\": 0, \"familyCategory\": \"B\"}")
                        .header("Accept-Language", "ru"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Дело изменил другой пользователь"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.familyCategory").value("D"));
        assertThat(jdbc.sql("SELECT type FROM case_event WHERE case_id = ?").param(caseId).query(String.class).list())
                .contains("CASE_OPENED", "CATEGORY_CHANGED", "HELP_PLAN_RESTART_NEEDED");
    }

    @Test
    void anAlmatyCaseworkerGets404ForAnAstanaCaseAndAnAnalystGets403() throws Exception {
        long astanaCase = CaseTestData.demoCase(jdbc, "KZ71");
        mvc.perform(get("/api/v1/cases/" + astanaCase).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + astanaCase + "/notes").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + astanaCase).with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/survivors?iin=1").with(users.as("admin"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'case.read' AND outcome = 'DENIED'"
                        + " AND object_id = ? AND actor_name = 'caseworker.almaty'").param(String.valueOf(astanaCase))
                .query(Long.class).single()).isPositive();
        mvc.perform(get("/api/v1/cases").with(users.as("caseworker.almaty")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].caseNumber", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("KZ75"))))
                .andExpect(jsonPath("$.items[0].initials").exists());
    }

    @Test
    void breakGlassNeedsAReasonIsAuditedAndLetsASupervisorReadACaseOutsideTheirCentre() throws Exception {
        long almatyCase = openCase("caseworker.almaty", createSurvivor("caseworker.almaty", CaseTestData.person()));
        mvc.perform(get("/api/v1/cases/" + almatyCase).with(users.as("manager.astana"))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/cases/" + almatyCase + "/break-glass"), "manager.astana", "{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post("/api/v1/cases/" + almatyCase + "/break-glass"), "caseworker.astana", "{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        String grant = mvc.perform(json(post("/api/v1/cases/" + almatyCase + "/break-glass"), "manager.astana",
                        "{\"reason\": \"Звонок из полиции Алматы ночью\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long grantId = ((Number) JsonPath.read(grant, "$.id")).longValue();
        mvc.perform(get("/api/v1/cases/" + almatyCase).with(users.as("manager.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("BREAK_GLASS"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action IN ('case.break-glass', 'case.read') AND object_id = ?
                AND actor_name = 'manager.astana' AND purpose = ?""")
                .params(String.valueOf(almatyCase), "break-glass:" + grantId).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        // the supervisor of Astana still has no access: the grant is personal
        mvc.perform(get("/api/v1/cases/" + almatyCase).with(users.as("supervisor.astana"))).andExpect(status().isNotFound());
    }

    @Test
    void notesConsentsAndFollowUpsAreRecordedValidatedAndListed() throws Exception {
        long survivor = createSurvivor("caseworker.astana", CaseTestData.person());
        long caseId = openCase("caseworker.astana", survivor);
        String base = "/api/v1/cases/" + caseId;
        mvc.perform(json(post(base + "/notes"), "caseworker.astana", "{\"text\": \"Встреча прошла спокойно\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.text").value("Встреча прошла спокойно"));
        mvc.perform(json(post(base + "/notes"), "caseworker.astana", "{\"text\": \"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get(base + "/notes").with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].text").value("Встреча прошла спокойно"));

        mvc.perform(json(post(base + "/consents"), "caseworker.astana",
                        "{\"purpose\": \"REFERRAL\", \"referralTo\": \"LEGAL\", \"given\": false}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.given").value(false))
                .andExpect(jsonPath("$.recordedByName").value("Динара Оспанова"));
        mvc.perform(json(post(base + "/consents"), "caseworker.astana",
                        "{\"purpose\": \"REFERRAL\", \"date\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("referralTo", "given", "date")));
        mvc.perform(get(base + "/consents").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].referralTo").value("LEGAL"));

        mvc.perform(json(post(base + "/follow-ups"), "caseworker.astana",
                        "{\"title\": \"Позвонить в пятницу\", \"dueOn\": \"2020-01-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(json(post(base + "/follow-ups"), "caseworker.astana", "{\"assignedTo\": 999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "dueOn", "assignedTo")));
        String followUps = mvc.perform(get(base + "/follow-ups").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value("Позвонить в пятницу"))
                .andReturn().getResponse().getContentAsString();
        long followUp = ((Number) com.jayway.jsonpath.JsonPath.read(followUps, "$[0].id")).longValue();
        String done = mvc.perform(post(base + "/follow-ups/" + followUp + "/done").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.doneAt").isNotEmpty())
                .andExpect(jsonPath("$.overdue").value(false)).andReturn().getResponse().getContentAsString();
        mvc.perform(post(base + "/follow-ups/" + followUp + "/done").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneAt").value((String) com.jayway.jsonpath.JsonPath.read(done, "$.doneAt")));
        mvc.perform(post(base + "/follow-ups/999999/done").with(users.as("caseworker.astana")))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/follow-ups/" + followUp + "/done").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT type FROM case_event WHERE case_id = ?").param(caseId).query(String.class).list())
                .contains("NOTE_ADDED", "CONSENT_RECORDED", "FOLLOW_UP_ADDED", "FOLLOW_UP_DONE");
    }
}
