package kz.tendik.cases.referral;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fresh cases, consents and directory rows for the referral tests (each test works on its own case). */
final class ReferralFixtures {

    static final String NARRATIVE = "Тайный рассказ о насилии";

    private ReferralFixtures() {
    }

    /** The case and its survivor; {@code unsafePhone} is her second phone, not safe to call. */
    record Case(long id, CaseTestData.Person person, String unsafePhone) {
    }

    /**
     * A new case of a new survivor with an IIN, speaking {@code language} first, one phone safe to call and one that is
     * not, a safe address, and an incident with a narrative; opened by caseworker.astana.
     */
    static Case newCase(MockMvc mvc, TestUsers users, String language) throws Exception {
        CaseTestData.Person p = CaseTestData.person();
        // her own second phone: one shared with an earlier survivor would stop the registration at the duplicate check
        String unsafePhone = CaseTestData.person().phone();
        String survivor = """
                {"fullName": "%s", "iin": "%s", "dateOfBirth": "%s", "sex": "FEMALE", "languages": ["%s", "ru"],
                 "contacts": [{"kind": "PHONE", "value": "%s", "safeToCall": true},
                              {"kind": "PHONE", "value": "%s", "safeToCall": false}],
                 "safeAddress": "%s"}"""
                .formatted(p.name(), p.iin(), p.born(), language, p.phone(), unsafePhone, p.address());
        String body = mvc.perform(post("/api/v1/survivors").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(survivor))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long survivorId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(post("/api/v1/cases").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"survivorId\": " + survivorId + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(opened, "$.id")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"incidentDate": "2026-03-01", "reportDate": "2026-04-15", "timeOfDay": "MORNING",
                                 "regionCode": "KZ-71", "locationType": "SHARED_HOME", "narrative": "%s",
                                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE",
                                                   "ageGroup": "AGE_26_40"}]}""".formatted(NARRATIVE)))
                .andExpect(status().isCreated());
        return new Case(caseId, p, unsafePhone);
    }

    static void consent(MockMvc mvc, TestUsers users, long caseId, String purpose, String referralTo, boolean given)
            throws Exception {
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\": \"%s\", \"referralTo\": %s, \"given\": %s}".formatted(purpose,
                                referralTo == null ? "null" : "\"" + referralTo + "\"", given)))
                .andExpect(status().isCreated());
    }

    /** An active provider of the kind in Astana (KZ-71). */
    static long provider(JdbcClient jdbc, String kind) {
        return jdbc.sql("SELECT min(id) FROM service_provider WHERE region_code = 'KZ-71' AND kind = ? AND active")
                .param(kind).query(Long.class).single();
    }

    /** A provider that no longer takes referrals. */
    static long inactiveProvider(JdbcClient jdbc) {
        return jdbc.sql("""
                INSERT INTO service_provider (kind, region_code, name_kk, name_ru, name_en, locality, address, phone,
                                              opening_hours, active)
                VALUES ('LEGAL_AID', 'KZ-71', 'Жабылған кеңсе', 'Закрытая консультация', 'Closed office', 'Астана',
                        'ул. Тестовая, 1', '+7 7172 00 00 00', 'Mo-Fr 09:00-18:00', FALSE) RETURNING id""")
                .query(Long.class).single();
    }

    /** A centre manager of the Almaty centre (the demo has none), created once. */
    static String almatyManager(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, scope_level, region_code, centre_id)
                SELECT 'manager.almaty.test', 'Алматы менеджері', 'not-a-hash', 'CENTRE_MANAGER', 'CENTRE', 'KZ-75',
                       min(id) FROM centre WHERE region_code = 'KZ-75'
                ON CONFLICT DO NOTHING""").update();
        return "manager.almaty.test";
    }

    static long almatyCentre(JdbcClient jdbc) {
        return jdbc.sql("SELECT min(id) FROM centre WHERE region_code = 'KZ-75'").query(Long.class).single();
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
