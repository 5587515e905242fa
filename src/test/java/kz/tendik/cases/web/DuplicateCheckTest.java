package kz.tendik.cases.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.cases.survivor.Initials;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering a survivor first runs the duplicate check: through the API a match in the centre is a 409 listing ids
 * and case numbers (no names) until the request names them as reviewed; on the intake page the matches are shown by
 * initials and case numbers with the choice to open her case or to register anyway, which the audit log keeps.
 */
@IntegrationTest
class DuplicateCheckTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    /** An existing survivor with a case of caseworker.astana; returns {survivor id, case id}. */
    private long[] existing(Person p) throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        return new long[] {CaseTestData.survivorOf(jdbc, caseId), caseId};
    }

    private String caseNumber(long caseId) {
        return jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
    }

    private long lookups() {
        return jdbc.sql("SELECT count(*) FROM survivor_lookup").query(Long.class).single();
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    /** The registrations stopped by possible duplicates audited after {@code afterId}, as {@link #stop} writes them. */
    private List<String> stops(long afterId) {
        return jdbc.sql("""
                SELECT actor_name, object_type, object_id, outcome, purpose FROM audit_entry
                WHERE id > ? AND action = 'survivor.duplicates-found' ORDER BY id""").param(afterId)
                .query((rs, n) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    private String stop(String user, int candidates, long... ids) {
        return String.join(" ", user, "centre", String.valueOf(users.user(user).orgUnit().centreId()), "FAILURE",
                "candidates:" + candidates + ";ids:" + java.util.Arrays.stream(ids).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
    }

    private long survivors() {
        return jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
    }

    /** Someone else (her own name and IIN) who gave the existing survivor's phone. */
    private static Person samePhoneAs(Person p) {
        Person q = CaseTestData.person();
        return new Person(q.name(), q.iin(), q.born(), p.phone(), q.address());
    }

    private MockHttpServletRequestBuilder register(String user, Person p) {
        return post("/api/v1/survivors").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(CaseTestData.survivorJson(p));
    }

    @Test
    void aMatchInTheCentreIs409WithIdsAndCaseNumbersOnlyUntilItIsNamedAsReviewed() throws Exception {
        Person p = CaseTestData.person();
        long[] first = existing(p);
        Person q = samePhoneAs(p);
        long before = survivors();
        long lookupsBefore = lookups();
        long auditBefore = lastAudit();

        String refused = mvc.perform(register("caseworker.astana", q).header("Accept-Language", "ru"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:possibleDuplicates"))
                .andExpect(jsonPath("$.title").value("Возможно, этот человек уже зарегистрирован"))
                .andExpect(jsonPath("$.detail").value(containsString("Duplicates-Reviewed")))
                .andExpect(jsonPath("$.possibleDuplicates[*].survivorId", contains((int) first[0])))
                .andExpect(jsonPath("$.possibleDuplicates[0].matchedOn", contains("PHONE")))
                .andExpect(jsonPath("$.possibleDuplicates[0].cases[0].caseNumber").value(caseNumber(first[1])))
                .andExpect(jsonPath("$.possibleDuplicates[0].cases[0].reachable").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain(p.name(), p.surname(), Initials.of(p.name()), p.phone(), p.iin(), q.name());
        assertThat(survivors()).isEqualTo(before);
        assertThat(lookups()).as("no blind index of her is kept either").isEqualTo(lookupsBefore);
        // the stop itself is audited: who, at which centre, how many candidates and which (ids only)
        assertThat(stops(auditBefore)).containsExactly(stop("caseworker.astana", 1, first[0]));
        assertThat(String.join(" ", stops(auditBefore)))
                .doesNotContain(p.name(), p.surname(), p.phone(), p.iin(), q.name(), q.surname(), q.iin());

        mvc.perform(register("caseworker.astana", q).header("Duplicates-Reviewed", "1, " + (first[0] + 100_000)))
                .andExpect(status().isConflict());
        mvc.perform(register("caseworker.astana", q).header("Duplicates-Reviewed", "her"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Duplicates-Reviewed"));
        assertThat(survivors()).isEqualTo(before);
        assertThat(stops(auditBefore)).as("the 400 is no duplicate stop").hasSize(2);

        String created = mvc.perform(register("caseworker.astana", q).header("Duplicates-Reviewed", " " + first[0]))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(jdbc.sql("""
                SELECT purpose FROM audit_entry WHERE action = 'survivor.duplicates-dismissed' AND object_id = ?""")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("reviewed:" + first[0]);
    }

    @Test
    void aSurvivorOfAnotherCentreDoesNotStopARegistration() throws Exception {
        Person p = CaseTestData.person();
        existing(p);
        mvc.perform(register("caseworker.almaty", samePhoneAs(p))).andExpect(status().isCreated());
    }

    @Test
    void anIdempotentRetryOfAMadeRegistrationReturnsItWithoutTheCheckAndAStoppedOneLeavesTheKeyFree()
            throws Exception {
        Person p = CaseTestData.person();
        long[] first = existing(p);
        Person q = samePhoneAs(p);
        String key = "dup-" + q.iin();
        mvc.perform(register("caseworker.astana", q).header("Idempotency-Key", key)).andExpect(status().isConflict());
        String created = mvc.perform(register("caseworker.astana", q).header("Idempotency-Key", key)
                        .header("Duplicates-Reviewed", String.valueOf(first[0])))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        long after = survivors();
        // the retry would now also match the survivor it made: it is answered from the key, not checked again
        mvc.perform(register("caseworker.astana", q).header("Idempotency-Key", key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(survivors()).isEqualTo(after);
        assertThat(auditEntries(jdbc, "survivor.create", "survivor", id)).isEqualTo(1);
    }

    @Test
    void theIntakePageShowsTheMatchesByInitialsAndCaseNumberAndRegistersOnlyWhenTheUserSetsThemAside()
            throws Exception {
        Person p = CaseTestData.person();
        long[] first = existing(p);
        Person q = samePhoneAs(p);
        long before = survivors();
        long auditBefore = lastAudit();

        mvc.perform(intake(q).header("Accept-Language", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Бұл адам орталығыңызда бұрын тіркелген болуы мүмкін."),
                        containsString(caseNumber(first[1])), containsString(Initials.of(p.name())),
                        containsString("href=\"/cases/" + first[1] + "\""),
                        containsString("action=\"/cases/intake/open\""),
                        containsString("name=\"reviewedDuplicates\" value=\"" + first[0] + "\""),
                        containsString("Ешқайсысы бұл адам емес: тіркеп, іс ашу"),
                        containsString("value=\"" + q.name() + "\""), not(containsString(p.name())))));
        assertThat(survivors()).isEqualTo(before);
        assertThat(stops(auditBefore)).containsExactly(stop("caseworker.astana", 1, first[0]));

        String location = mvc.perform(intake(q).param("reviewedDuplicates", String.valueOf(first[0])))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long survivor = CaseTestData.survivorOf(jdbc, caseId);
        assertThat(survivor).isNotEqualTo(first[0]);
        assertThat(auditEntries(jdbc, "survivor.duplicates-dismissed", "survivor", survivor)).isEqualTo(1);
    }

    @Test
    void onTheIntakePageTheUserMayOpenACaseForTheMatchInstead() throws Exception {
        Person p = CaseTestData.person();
        long[] first = existing(p);
        long before = survivors();
        mvc.perform(intake(p)).andExpect(status().isOk()).andExpect(content().string(containsString(caseNumber(first[1]))));
        String location = mvc.perform(post("/cases/intake/open").with(users.as("caseworker.astana")).with(csrf())
                        .param("survivorId", String.valueOf(first[0])))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(CaseTestData.survivorOf(jdbc, caseId)).isEqualTo(first[0]);
        assertThat(survivors()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder intake(Person q) {
        return post("/cases/intake").with(users.as("caseworker.astana")).with(csrf())
                .param("fullName", q.name()).param("iin", q.iin()).param("dateOfBirth", q.born().toString())
                .param("sex", "FEMALE").param("phone", q.phone()).param("languages", "kk")
                .param("safeAddress", q.address());
    }
}
