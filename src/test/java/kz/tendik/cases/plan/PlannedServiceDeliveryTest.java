package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Services provided are logged against the case plan: a service names the planned service it fulfils (of the same
 * case), the plan shows what was delivered, a delivered planned service stays in the plan, and the stage follows:
 * services implemented only when every planned service is delivered and every referral has ended.
 */
@IntegrationTest
class PlannedServiceDeliveryTest {

    private static final String CASEWORKER = "caseworker.astana";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(users.as(CASEWORKER)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A plan agreed today: psychological help by the centre, then legal help by referral. */
    private long[] planned(long caseId) throws Exception {
        String plan = mvc.perform(json(put("/api/v1/cases/" + caseId + "/case-plan"), """
                        {"version": 0, "goals": "Безопасность и развод", "plannedOn": "%s", "nextReviewOn": "%s",
                         "survivorAgreed": true, "agreedOn": "%s",
                         "services": [{"purpose": "PSYCHOLOGICAL", "providedBy": "CENTRE", "targetOn": "%s"},
                                      {"purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(TODAY, TODAY.plusMonths(1), TODAY, TODAY.plusDays(7), TODAY.plusDays(20))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new long[] {id(plan, "$.services[0].id"), id(plan, "$.services[1].id")};
    }

    private String service(long caseId, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/cases/" + caseId + "/services"), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private String counts(long caseId) {
        return jdbc.sql("SELECT planned_services || '/' || started_services || '/' || settled_services FROM case_file"
                + " WHERE id = ?").param(caseId).query(String.class).single();
    }

    private String stage(long caseId) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(CASEWORKER)))
                .andReturn().getResponse().getContentAsString(), "$.stage");
    }

    /** The stage as the case list's SQL filter finds it agrees with the case's own (Java) stage. */
    private void listedAs(long caseId, String stage) throws Exception {
        String listed = mvc.perform(get("/api/v1/cases").param("stage", stage).with(users.as(CASEWORKER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Number>>read(listed, "$.items[*].id")).extracting(Number::longValue).contains(caseId);
    }

    private static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    @Test
    void aServiceNamesThePlannedServiceItFulfilsThePlanShowsItAndTheStageFollowsThePlan() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        long[] plan = planned(caseId);
        assertThat(counts(caseId)).isEqualTo("2/0/0");
        assertThat(stage(caseId)).isEqualTo("CASE_PLAN");

        // the kind comes from the plan when it is not sent
        String first = service(caseId, """
                {"plannedServiceId": %d, "providedOn": "%s", "workerId": %d}"""
                .formatted(plan[0], TODAY, users.user(CASEWORKER).id()));
        assertThat(JsonPath.<String>read(first, "$.service")).isEqualTo("PSYCHOLOGICAL");
        assertThat(id(first, "$.plannedServiceId")).isEqualTo(plan[0]);
        assertThat(counts(caseId)).isEqualTo("2/0/1");
        assertThat(stage(caseId)).isEqualTo("SERVICES");
        mvc.perform(get("/api/v1/cases/" + caseId + "/case-plan").with(users.as(CASEWORKER)))
                .andExpect(jsonPath("$.services[0].deliveries").value(1))
                .andExpect(jsonPath("$.services[0].lastDeliveredOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.services[1].deliveries").value(0));

        // the legal help: a referral, and the service under it fulfils the planned one
        consent(caseId, "LEGAL");
        String referral = mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"),
                        "{\"providerId\": " + provider("LEGAL_AID") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(counts(caseId)).isEqualTo("3/1/1");
        service(caseId, """
                {"service": "LEGAL", "plannedServiceId": %d, "providedOn": "%s", "referralId": %d}"""
                .formatted(plan[1], TODAY, id(referral, "$.id")));
        assertThat(counts(caseId)).as("both planned services delivered, the referral still open").isEqualTo("3/1/2");
        assertThat(stage(caseId)).isEqualTo("SERVICES");
        answer(caseId, id(referral, "$.id"), 0, "ACCEPTED");
        answer(caseId, id(referral, "$.id"), 1, "DONE");
        assertThat(counts(caseId)).isEqualTo("3/0/3");
        assertThat(stage(caseId)).isEqualTo("SERVICES_IMPLEMENTED");
        listedAs(caseId, "SERVICES_IMPLEMENTED");

        // a service outside the plan and outside a referral counts as planned and settled at once
        service(caseId, """
                {"service": "MEDICAL", "providedOn": "%s", "workerId": %d}"""
                .formatted(TODAY, users.user(CASEWORKER).id()));
        assertThat(counts(caseId)).isEqualTo("4/0/4");
        assertThat(stage(caseId)).isEqualTo("SERVICES_IMPLEMENTED");

        // a new planned service not yet delivered: services are no longer all implemented
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/case-plan"), """
                        {"version": 1, "goals": "Безопасность, развод и работа", "plannedOn": "%s", "nextReviewOn": "%s",
                         "survivorAgreed": true, "agreedOn": "%s",
                         "services": [{"id": %d, "purpose": "PSYCHOLOGICAL", "providedBy": "CENTRE", "targetOn": "%s"},
                                      {"id": %d, "purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"},
                                      {"purpose": "EMPLOYMENT", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(TODAY, TODAY.plusMonths(1), TODAY, plan[0], TODAY.plusDays(7), plan[1],
                                TODAY.plusDays(20), TODAY.plusDays(30))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services[0].id").value(plan[0]))
                .andExpect(jsonPath("$.services[0].deliveries").value(1))
                .andExpect(jsonPath("$.services[2].deliveries").value(0));
        assertThat(counts(caseId)).isEqualTo("5/0/4");
        assertThat(stage(caseId)).isEqualTo("SERVICES");
        listedAs(caseId, "SERVICES");
    }

    @Test
    void aPlannedServiceOfAnotherCaseOrOfAnotherKindIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        long[] plan = planned(caseId);
        long other = CaseTestData.openCase(mvc, users, CASEWORKER);
        long[] otherPlan = planned(other);
        long worker = users.user(CASEWORKER).id();
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/services"), """
                        {"plannedServiceId": %d, "providedOn": "%s", "workerId": %d}""".formatted(otherPlan[0], TODAY,
                        worker)).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("plannedServiceId")))
                .andExpect(jsonPath("$.errors[0].message").value("В плане помощи этого дела нет такой услуги."));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/services"), """
                        {"service": "SHELTER", "plannedServiceId": %d, "providedOn": "%s", "workerId": %d}"""
                        .formatted(plan[1], TODAY, worker)).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("service")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Заң көмегі»")));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/services"), """
                        {"plannedServiceId": 987654321, "providedOn": "soon"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("plannedServiceId", "providedOn",
                        "workerId", "providerId")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_service WHERE case_id IN (?, ?)").params(caseId, other)
                .query(Long.class).single()).isZero();
        assertThat(counts(caseId)).isEqualTo("2/0/0");
    }

    @Test
    void aDeliveredPlannedServiceStaysInThePlanWithItsKindWhileItsProviderDateAndPlaceMayChange() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        long[] plan = planned(caseId);
        long other = planned(CaseTestData.openCase(mvc, users, CASEWORKER))[0];
        service(caseId, """
                {"plannedServiceId": %d, "providedOn": "%s", "workerId": %d}"""
                .formatted(plan[0], TODAY.minusDays(1), users.user(CASEWORKER).id()));
        String url = "/api/v1/cases/" + caseId + "/case-plan";
        String head = """
                {"version": 1, "goals": "Безопасность", "plannedOn": "%s", "nextReviewOn": "%s", "survivorAgreed": true,
                 "agreedOn": "%s", "services": [""".formatted(TODAY, TODAY.plusMonths(1), TODAY);
        // left out
        mvc.perform(json(put(url), head + """
                        {"id": %d, "purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(plan[1], TODAY)).locale(Locale.forLanguageTag("en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("services")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Services have been delivered for the planned service Psychological help: it stays in the plan."));
        // its kind changed, and another case's planned service
        mvc.perform(json(put(url), head + """
                        {"id": %d, "purpose": "MEDICAL", "providedBy": "CENTRE", "targetOn": "%s"},
                        {"id": %d, "purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(plan[0], TODAY, other, TODAY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("services[0].purpose",
                        "services[1].id")));
        assertThat(jdbc.sql("SELECT version FROM case_plan WHERE case_id = ?").param(caseId).query(Integer.class)
                .single()).isEqualTo(1);
        // moved to second place, another provider and date: still the same planned service, still delivered
        mvc.perform(json(put(url), head + """
                        {"id": %d, "purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"},
                        {"id": %d, "purpose": "PSYCHOLOGICAL", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(plan[1], TODAY, plan[0], TODAY.plusDays(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.services[1].id").value(plan[0]))
                .andExpect(jsonPath("$.services[1].providedBy").value("REFERRAL"))
                .andExpect(jsonPath("$.services[1].deliveries").value(1))
                .andExpect(jsonPath("$.services[1].lastDeliveredOn").value(TODAY.minusDays(1).toString()))
                .andExpect(jsonPath("$.services[0].id").value(plan[1]));
        // the undelivered one may go
        mvc.perform(json(put(url), head.replace("\"version\": 1", "\"version\": 2") + """
                        {"id": %d, "purpose": "PSYCHOLOGICAL", "providedBy": "CENTRE", "targetOn": "%s"}]}"""
                        .formatted(plan[0], TODAY)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.services.length()").value(1));
        assertThat(counts(caseId)).isEqualTo("1/0/1");
        assertThat(stage(caseId)).isEqualTo("SERVICES_IMPLEMENTED");
    }

    @Test
    void onThePagesTheServiceFormOffersThePlannedServicesAndThePlanShowsWhatWasDelivered() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        long[] plan = planned(caseId);
        mvc.perform(get("/cases/" + caseId + "/forms/serviceForm").with(users.as(CASEWORKER)).header("HX-Request", "true")
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"plannedServiceId\""),
                        containsString("value=\"" + plan[1] + "\""), containsString("Юридическая помощь (По направлению), до"))));
        mvc.perform(post("/cases/" + caseId + "/services").with(users.as(CASEWORKER)).with(csrf())
                        .param("plannedServiceId", String.valueOf(plan[1])).param("providedOn", TODAY.toString())
                        .param("workerId", String.valueOf(users.user(CASEWORKER).id())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT service || '|' || plan_service_id FROM case_service WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("LEGAL|" + plan[1]);
        for (String[] language : new String[][] {
                {"en", "1 of 2 planned services delivered", "Not yet", "Under the help plan"},
                {"ru", "Оказано 1 из 2 запланированных услуг", "Пока не оказана", "По плану помощи"},
                {"kk", "Жоспарланған 2 қызметтің 1 көрсетілді", "Әлі көрсетілген жоқ", "Көмек жоспары бойынша"}}) {
            mvc.perform(get("/cases/" + caseId).with(users.as(CASEWORKER)).header("Accept-Language", language[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(language[1]), containsString(language[2]),
                            containsString(language[3]))));
        }
        // the plan's page keeps each planned service's id, and shows the delivered one
        mvc.perform(get("/cases/" + caseId + "/case-plan").with(users.as(CASEWORKER)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + plan[0] + "\""),
                        containsString("1 time(s), last on"))));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/services"), """
                        {"plannedServiceId": %d, "providedOn": "%s"}""".formatted(plan[0], TODAY))
                        .locale(Locale.forLanguageTag("en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workerId", "providerId")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Name a worker of the centre or a provider.")));
    }

    private void consent(long caseId, String purpose) throws Exception {
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/consents"),
                        "{\"purpose\": \"REFERRAL\", \"referralTo\": \"" + purpose + "\", \"given\": true}"))
                .andExpect(status().isCreated());
    }

    /** Moves the referral on; the provider's acceptance comes with the date and who answered. */
    private void answer(long caseId, long referralId, int version, String next) throws Exception {
        String answer = next.equals("ACCEPTED")
                ? ", \"answeredOn\": \"%s\", \"answeredBy\": \"Юрист консультации\"".formatted(TODAY) : "";
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/status"),
                        "{\"status\": \"%s\", \"version\": %d%s}".formatted(next, version, answer)))
                .andExpect(status().isOk());
    }

    private long provider(String kind) {
        return jdbc.sql("SELECT min(id) FROM service_provider WHERE region_code = 'KZ-71' AND kind = ? AND active")
                .param(kind).query(Long.class).single();
    }
}
