package kz.tendik.cases;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.Sex;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fresh survivors for tests that share one database: a random valid IIN, a unique name and phone. */
public final class CaseTestData {

    private CaseTestData() {
    }

    public record Person(String name, String iin, LocalDate born, String phone, String address) {

        /** The part of the name that is hers alone (the random tag, as a surname would be): a leak even by itself. */
        public String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    public static Person person() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
            var iin = Iin.compose(born, Sex.FEMALE, random.nextInt(10_000));
            if (iin.isPresent()) {
                // eight base-36 characters: a shorter tag can spell an English word ("rate", "mean") that the
                // plain-text scans then find in the indicators' names and sources
                String tag = Long.toString(random.nextLong(78_364_164_096L, 2_821_109_907_456L), 36);
                String phone = "+7 70" + random.nextInt(0, 10) + " " + random.nextInt(100, 1000) + " "
                        + random.nextInt(10, 100) + " " + random.nextInt(10, 100);
                return new Person("Әсел Тестова " + tag, iin.get().digits(), born, phone,
                        "Астана, көше Тест-" + tag + ", 7");
            }
        }
    }

    /** The description of the disability {@link #survivorJson} gives (personal: no export may show it). */
    public static final String DISABILITY = "Есту қабілеті нашар, II топ";

    /** The person as the API registers her: divorced or separated, kandas, with a disability. */
    public static String survivorJson(Person p) {
        return survivorJson(p, "\"maritalStatus\": \"DIVORCED_OR_SEPARATED\", \"displacementStatus\": \"KANDAS\","
                + " \"hasDisability\": true, \"disability\": \"" + DISABILITY + "\"");
    }

    /** The person with these JSON members for marital status, displacement status and disability (or none). */
    public static String survivorJson(Person p, String statuses) {
        return """
                {"fullName": "%s", "fullNameLatin": null, "iin": "%s", "dateOfBirth": "%s", "sex": "FEMALE", %s
                 "languages": ["kk", "ru"], "citizenship": "KZ", "childrenInHousehold": 2,
                 "contacts": [{"kind": "PHONE", "value": "%s", "safeToCall": true, "safeToText": false, "safeToVisit": false}],
                 "safeAddress": "%s",
                 "emergencyContact": {"name": "Сіңлісі", "relationship": "sister", "phone": "+7 701 000 00 02"}}"""
                .formatted(p.name(), p.iin(), p.born(), statuses.isBlank() ? "" : statuses + ",", p.phone(),
                        p.address());
    }

    /** Registers the person through the API and opens a case for them; returns the case id. */
    public static long openCase(org.springframework.test.web.servlet.MockMvc mvc, kz.tendik.support.TestUsers users,
                                String user, Person p) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/survivors").with(users.as(user))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(survivorJson(p)))
                .andReturn().getResponse().getContentAsString();
        long survivor = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/cases").with(users.as(user))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\": " + survivor + "}"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(opened, "$.id")).longValue();
    }

    /** The survivor of a case. */
    public static long survivorOf(JdbcClient jdbc, long caseId) {
        return jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(caseId).query(Long.class).single();
    }

    public static long auditEntries(JdbcClient jdbc, String action, String objectType, long objectId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_type = ? AND object_id = ?")
                .params(action, objectType, String.valueOf(objectId)).query(Long.class).single();
    }

    /** A new case of a new survivor (name and birth date only), opened through the API by {@code user}. */
    public static long openCase(org.springframework.test.web.servlet.MockMvc mvc, kz.tendik.support.TestUsers users,
                                String user) throws Exception {
        Person p = person();
        String survivor = """
                {"fullName": "%s", "dateOfBirth": "%s", "sex": "FEMALE", "languages": ["kk"]}""".formatted(p.name(), p.born());
        String body = mvc.perform(post("/api/v1/survivors").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(survivor)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long survivorId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(post("/api/v1/cases").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\": " + survivorId + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(opened, "$.id")).longValue();
    }

    /** The first demo case of a centre's region, e.g. {@code "KZ75"} for the Almaty caseworker's. */
    public static long demoCase(JdbcClient jdbc, String regionPrefix) {
        return jdbc.sql("SELECT min(id) FROM case_file WHERE case_number LIKE ?").param(regionPrefix + "-%")
                .query(Long.class).single();
    }
}
