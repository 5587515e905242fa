package kz.tendik.programs.cohort;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Programmes, cohorts, enrolment with a waiting list and bulk attendance, through the HTTP API. */
@IntegrationTest
class CohortApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions postJson(String path, String who, String json) throws Exception {
        return mvc.perform(post(path).with(users.as(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    long programme() throws Exception {
        String u = unique();
        return id(postJson("/api/v1/programmes", "programmes", """
                {"kind": "ENTREPRENEURSHIP", "nameKk": "Академия %1$s", "nameRu": "Академия %1$s",
                 "nameEn": "Academy %1$s", "goalEn": "Start a business", "modules": ["Marketing", "Finance"],
                 "languages": ["kk", "ru"], "regionCode": null}""".formatted(u))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.modules[1]").value("Finance")), "$.id");
    }

    long cohort(long programme, int capacity, boolean mine) throws Exception {
        long facilitator = users.user("facilitator").id();
        return id(postJson("/api/v1/cohorts", "programmes", """
                {"programmeId": %d, "name": "Cohort %s", "startsOn": "2026-03-01", "endsOn": "2026-05-31",
                 "online": false, "place": "Almaty, Abai 10", "regionCode": "KZ-75", "capacity": %d,
                 "facilitatorIds": %s,
                 "sessions": [{"heldOn": "2026-03-02", "topic": "Opening"}, {"heldOn": "2026-03-09", "topic": "Finance"}]}"""
                .formatted(programme, unique(), capacity, mine ? "[" + facilitator + "]" : "[]"))
                .andExpect(status().isCreated()), "$.id");
    }

    long enrol(long cohort, String name, String expectedStatus) throws Exception {
        return id(postJson("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                {"name": "%s", "contact": "+7 701 000 00 00", "birthYear": 1990, "sex": "FEMALE",
                 "regionCode": "KZ-75", "consent": true}""".formatted(name))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value(expectedStatus)), "$.id");
    }

    @Test
    void aFullCohortPutsNewcomersOnTheWaitingListAndPromotesTheFirstWhenAPlaceFrees() throws Exception {
        long cohort = cohort(programme(), 2, true);
        long first = enrol(cohort, "Айгерім " + unique(), "ENROLLED");
        enrol(cohort, "Дана " + unique(), "ENROLLED");
        long third = enrol(cohort, "Мадина " + unique(), "WAITING");
        long fourth = enrol(cohort, "Сая " + unique(), "WAITING");
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("facilitator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].id").value(third)).andExpect(jsonPath("$[2].waitingPosition").value(1))
                .andExpect(jsonPath("$[3].waitingPosition").value(2))
                .andExpect(jsonPath("$[0].referralReference").doesNotExist());

        mvc.perform(post("/api/v1/cohorts/" + cohort + "/enrolments/" + first + "/withdrawal").with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));

        mvc.perform(get("/api/v1/cohorts/" + cohort).with(users.as("facilitator")))
                .andExpect(jsonPath("$.enrolled").value(2)).andExpect(jsonPath("$.waiting").value(1));
        assertThat(jdbc.sql("SELECT status FROM enrolment WHERE id = ?").param(third).query(String.class).single())
                .isEqualTo("ENROLLED");
        assertThat(jdbc.sql("SELECT status FROM enrolment WHERE id = ?").param(fourth).query(String.class).single())
                .isEqualTo("WAITING");
    }

    @Test
    void enrollingTheSameParticipantTwiceIsRefusedWithATranslatedError() throws Exception {
        long cohort = cohort(programme(), 5, true);
        long enrolment = enrol(cohort, "Гүлнар " + unique(), "ENROLLED");
        long participant = jdbc.sql("SELECT participant_id FROM enrolment WHERE id = ?").param(enrolment)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("facilitator"))
                        .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participantId\": " + participant + ", \"consent\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"))
                .andExpect(jsonPath("$.errors[0].message").value("Этот участник уже записан в эту группу."));
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ?").param(cohort).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void enrolmentWithoutConsentNamesEveryMissingField() throws Exception {
        long cohort = cohort(programme(), 5, true);
        mvc.perform(post("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("facilitator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"consent\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "consent", "name", "birthYear", "sex", "regionCode")));
    }

    @Test
    void aSessionsAttendanceIsSavedTogetherAndRefusedWholeWhenOneRowIsWrong() throws Exception {
        long cohort = cohort(programme(), 2, true);
        long a = enrol(cohort, "Әсел " + unique(), "ENROLLED");
        long b = enrol(cohort, "Жанна " + unique(), "ENROLLED");
        long waiting = enrol(cohort, "Ләззат " + unique(), "WAITING");
        long session = jdbc.sql("SELECT min(id) FROM cohort_session WHERE cohort_id = ?").param(cohort)
                .query(Long.class).single();

        postJson("/api/v1/cohorts/" + cohort + "/attendance", "facilitator", """
                {"sessionId": %d, "rows": [{"enrolmentId": %d, "status": "PRESENT"},
                 {"enrolmentId": %d, "status": "ABSENT"}, {"enrolmentId": %d, "status": "EXCUSED"}]}"""
                .formatted(session, a, b, waiting))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].enrolmentId"));
        assertThat(marks(session)).isEmpty();

        postJson("/api/v1/cohorts/" + cohort + "/attendance", "facilitator", """
                {"sessionId": %d, "rows": [{"enrolmentId": %d, "status": "PRESENT"},
                 {"enrolmentId": %d, "status": "EXCUSED"}]}""".formatted(session, a, b))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(2));
        assertThat(marks(session)).containsExactly("PRESENT", "EXCUSED");
    }

    private List<String> marks(long session) {
        return jdbc.sql("SELECT status FROM attendance WHERE session_id = ? ORDER BY enrolment_id").param(session)
                .query(String.class).list();
    }

    @Test
    void aSessionOutsideTheCohortsDatesIsRefused() throws Exception {
        long programme = programme();
        postJson("/api/v1/cohorts", "programmes", """
                {"programmeId": %d, "name": "Late", "startsOn": "2026-03-01", "endsOn": "2026-03-31",
                 "place": "Almaty", "regionCode": "KZ-75", "capacity": 0,
                 "sessions": [{"heldOn": "2026-04-02"}]}""".formatted(programme))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "capacity", "sessions[0].heldOn")));
        long cohort = cohort(programme, 5, true);
        postJson("/api/v1/cohorts/" + cohort + "/sessions", "facilitator", "{\"heldOn\": \"2027-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
    }

    @Test
    void aFacilitatorSeesOnlyTheCohortsTheyFacilitate() throws Exception {
        long programme = programme();
        long mine = cohort(programme, 5, true);
        long other = cohort(programme, 5, false);
        mvc.perform(get("/api/v1/cohorts/" + mine).with(users.as("facilitator"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cohorts/" + other).with(users.as("facilitator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cohorts/" + other + "/enrolments").with(users.as("facilitator")))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/cohorts").with(users.as("facilitator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(list, "$[*].id");
        assertThat(ids.stream().map(Number::longValue)).contains(mine).doesNotContain(other);
        mvc.perform(get("/api/v1/cohorts/" + other).with(users.as("programmes"))).andExpect(status().isOk());
    }

    @Test
    void aCaseworkerCannotSeeProgrammesOrCohorts() throws Exception {
        long cohort = cohort(programme(), 5, true);
        mvc.perform(get("/api/v1/cohorts/" + cohort).with(users.as("caseworker.almaty"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("caseworker.almaty")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes").with(users.as("caseworker.almaty"))).andExpect(status().isForbidden());
    }

    @Test
    void aProgrammeWithoutNamesOrLanguagesIsRefusedNamingEachField() throws Exception {
        postJson("/api/v1/programmes", "programmes", "{\"kind\": \"PREVENTION\", \"nameKk\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "nameKk", "nameRu", "nameEn", "languages")));
    }

    /** A code issued by a family support centre for a survivor who consented (through the cases API). */
    private String issuedReferralCode() throws Exception {
        long survivor = id(postJson("/api/v1/survivors", "caseworker.astana", """
                {"fullName": "Гүлнар Тест %s", "sex": "FEMALE", "age": 34}""".formatted(unique()))
                .andExpect(status().isCreated()), "$.id");
        long kase = id(postJson("/api/v1/cases", "caseworker.astana", "{\"survivorId\": " + survivor + "}")
                .andExpect(status().isCreated()), "$.id");
        postJson("/api/v1/cases/" + kase + "/consents", "caseworker.astana",
                "{\"purpose\": \"PROGRAMME\", \"given\": true}").andExpect(status().isCreated());
        return JsonPath.read(postJson("/api/v1/cases/" + kase + "/programme-referrals", "caseworker.astana", "{}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");
    }

    @Test
    void aReferralCodeIsAcceptedOnlyWhenACentreIssuedItAndIsNeverShownOrResolved() throws Exception {
        long cohort = cohort(programme(), 5, true);
        String code = issuedReferralCode();
        String typed = code.toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        String enrolment = """
                {"name": "%s", "birthYear": 1990, "sex": "FEMALE", "regionCode": "KZ-75",
                 "referralReference": "%s", "consent": true}""";
        mvc.perform(post("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("facilitator"))
                        .locale(java.util.Locale.forLanguageTag("ru")).contentType(MediaType.APPLICATION_JSON)
                        .content(enrolment.formatted("Сауле " + unique(), "PR-00000-00000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralReference"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Такой код направления ни один центр поддержки семьи не выдавал; уточните его у участницы."));
        postJson("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator",
                enrolment.formatted("Сауле " + unique(), "R-12"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("referralReference"));
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ?").param(cohort).query(Long.class)
                .single()).isZero();

        String name = "Сауле " + unique();
        postJson("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", enrolment.formatted(name, typed))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.referralReference").doesNotExist());
        assertThat(jdbc.sql("""
                SELECT p.referral_reference FROM participant p JOIN enrolment e ON e.participant_id = p.id
                WHERE e.cohort_id = ?""").param(cohort).query(String.class).single())
                .as("kept as issued, whatever way it was typed").isEqualTo(code);
        String list = mvc.perform(get("/api/v1/cohorts/" + cohort + "/enrolments").with(users.as("facilitator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name).doesNotContain(code, "caseId", "case_id");
        // programme staff reach no case data: the code leads nowhere
        mvc.perform(get("/api/v1/cases").with(users.as("facilitator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").with(users.as("programmes"))).andExpect(status().isForbidden());
    }
}
