package kz.tendik.cases.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.cli.TendikCommand;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code tendik generate} on the test database, rolled back after each test: the generated data opens through the
 * API as its caseworker would open it (decrypted), stays out of other caseworkers' reach, and looks like the
 * distributions say.
 */
@IntegrationTest
@Transactional
class GenerateCommandTest {

    @Autowired
    List<TendikCommand> commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    SurvivorStore survivors;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        TendikCommand generate = commands.stream().filter(c -> c.name().equals("generate")).findFirst().orElseThrow();
        return generate.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void badOptionsExitTwoNamingEveryProblemAndWriteNothing() {
        long cases = count("SELECT count(*) FROM case_file");
        assertThat(run("--cases", "ten", "--incidents", "-1", "--size", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--survivors is required", "--cases must be a whole number, not 'ten'",
                        "--incidents must be between", "unknown option --size", "Usage: tendik generate");
        assertThat(count("SELECT count(*) FROM case_file")).isEqualTo(cases);
    }

    @Test
    void generatedCasesOpenThroughTheApiForTheirCaseworkerDecryptedAndAreAuditedOnce() throws Exception {
        long casesBefore = count("SELECT count(*) FROM case_file");
        long incidentsBefore = count("SELECT count(*) FROM incident");
        long maxCase = count("SELECT coalesce(max(id), 0) FROM case_file");
        long maxAudit = count("SELECT coalesce(max(id), 0) FROM audit_entry");

        assertThat(run("--survivors", "120", "--cases", "120", "--incidents", "600", "--seed", "42")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated 120 survivors, 120 cases, 600 incidents");
        assertThat(count("SELECT count(*) FROM case_file") - casesBefore).isEqualTo(120);
        assertThat(count("SELECT count(*) FROM incident") - incidentsBefore).isEqualTo(600);
        assertThat(jdbc.sql("SELECT action, purpose, actor_id FROM audit_entry WHERE id > ? AND action = 'case.generate'")
                .param(maxAudit).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3))
                .list()).containsExactly("case.generate survivors:120 cases:120 incidents:600 seed:42 null");

        record Owned(long caseId, String username, long survivorId) {
        }
        Owned owned = jdbc.sql("""
                SELECT c.id, u.username, c.survivor_id FROM case_file c JOIN case_assignment a ON a.case_id = c.id
                JOIN app_user u ON u.id = a.user_id
                WHERE c.id > ? AND EXISTS (SELECT 1 FROM incident i WHERE i.case_id = c.id AND i.narrative IS NOT NULL)
                ORDER BY c.id LIMIT 1""").param(maxCase)
                .query((rs, n) -> new Owned(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
        assertThat(owned.username()).matches("lt\\.c\\d+\\.cw\\d+");

        String kase = mvc.perform(get("/api/v1/cases/" + owned.caseId()).with(users.as(owned.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(kase, "$.survivorId")).longValue()).isEqualTo(owned.survivorId());
        assertThat((String) JsonPath.read(kase, "$.caseNumber")).matches("KZ\\d\\d-\\d+-\\d{4}-\\d+");

        String survivor = mvc.perform(get("/api/v1/survivors/" + owned.survivorId()).with(users.as(owned.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String name = JsonPath.read(survivor, "$.profile.fullName");
        assertThat(name).matches("[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі -]+ .+");
        String iin = JsonPath.read(survivor, "$.profile.iin");
        if (iin != null) {
            assertThat(Iin.parse(iin).disagreementsWith(LocalDate.parse(JsonPath.read(survivor, "$.profile.dateOfBirth")),
                    Sex.valueOf(JsonPath.read(survivor, "$.profile.sex")))).isEmpty();
        }

        String list = mvc.perform(get("/api/v1/cases/" + owned.caseId() + "/incidents").with(users.as(owned.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> incidentIds = JsonPath.read(list, "$[*].id");
        assertThat(incidentIds).isNotEmpty();
        long withNarrative = jdbc.sql("SELECT min(id) FROM incident WHERE case_id = ? AND narrative IS NOT NULL")
                .param(owned.caseId()).query(Long.class).single();
        String incident = mvc.perform(get("/api/v1/cases/" + owned.caseId() + "/incidents/" + withNarrative)
                        .with(users.as(owned.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(incident, "$.narrative")).hasSizeGreaterThan(30);
        assertThat((List<?>) JsonPath.read(incident, "$.perpetrators")).isNotEmpty();

        mvc.perform(get("/cases/" + owned.caseId()).with(users.as(owned.username()))).andExpect(status().isOk());
        // her generated supervisor (a team of up to eight caseworkers of the centre) reaches it too, as her team's
        List<String> supervisors = jdbc.sql("SELECT sv.username FROM supervision s JOIN app_user sv"
                        + " ON sv.id = s.supervisor_id JOIN app_user cw ON cw.id = s.caseworker_id WHERE cw.username = ?")
                .param(owned.username()).query(String.class).list();
        assertThat(supervisors).hasSize(1);
        assertThat(supervisors.get(0)).matches("lt\\.c\\d+\\.sv\\d+");
        mvc.perform(get("/api/v1/cases/" + owned.caseId()).with(users.as(supervisors.get(0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"));
        assertThat(jdbc.sql("SELECT max(n) FROM (SELECT count(*) AS n FROM supervision s JOIN app_user sv"
                + " ON sv.id = s.supervisor_id WHERE sv.username LIKE 'lt.c%' GROUP BY s.supervisor_id) t")
                .query(Long.class).single()).isBetween(1L, 8L);
        // a caseworker of another centre does not reach it
        mvc.perform(get("/api/v1/cases/" + owned.caseId()).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        // the name is nowhere in clear
        assertThat(count("SELECT count(*) FROM survivor WHERE id = " + owned.survivorId()
                + " AND position(convert_to('" + name.split(" ")[0] + "', 'UTF8') in profile) > 0")).isZero();
    }

    @Test
    void theGeneratedIncidentsLookLikeTheDistributions() {
        long maxIncident = count("SELECT coalesce(max(id), 0) FROM incident");
        long maxSurvivor = count("SELECT coalesce(max(id), 0) FROM survivor");
        assertThat(run("--survivors", "400", "--cases", "400", "--incidents", "2000", "--seed", "7")).isZero();

        Map<String, Long> share = jdbc.sql("""
                SELECT 'ipv' AS k, count(*) FILTER (WHERE 'INTIMATE_PARTNER_VIOLENCE' = ANY (context_flags)) AS n
                  FROM incident WHERE id > :max
                UNION ALL SELECT 'female', count(*) FILTER (WHERE survivor_sex = 'FEMALE') FROM incident WHERE id > :max
                UNION ALL SELECT 'evening', count(*) FILTER (WHERE time_of_day = 'EVENING_OR_NIGHT') FROM incident WHERE id > :max
                UNION ALL SELECT 'home', count(*) FILTER (WHERE location_type = 'SHARED_HOME') FROM incident WHERE id > :max
                UNION ALL SELECT 'late', count(*) FILTER (WHERE reporting_delay = 'OVER_ONE_MONTH') FROM incident WHERE id > :max
                UNION ALL SELECT 'physical', count(*) FILTER (WHERE gbv_type = 'PHYSICAL_ASSAULT') FROM incident WHERE id > :max
                UNION ALL SELECT 'adult', count(*) FILTER (WHERE survivor_age_group IN ('AGE_18_25', 'AGE_26_40',
                    'AGE_41_60')) FROM incident WHERE id > :max
                UNION ALL SELECT 'legalYes', count(*) FILTER (WHERE wants_legal_action = 'YES') FROM incident WHERE id > :max
                UNION ALL SELECT 'legalNotYet', count(*) FILTER (WHERE wants_legal_action IN ('NO', 'UNDECIDED'))
                    FROM incident WHERE id > :max
                UNION ALL SELECT 'legalNotAsked', count(*) FILTER (WHERE wants_legal_action IS NULL) FROM incident WHERE id > :max
                UNION ALL SELECT 'police', count(*) FILTER (WHERE referred_from = 'POLICE') FROM incident WHERE id > :max
                UNION ALL SELECT 'policeLegalYes', count(*) FILTER (WHERE referred_from = 'POLICE'
                    AND wants_legal_action = 'YES') FROM incident WHERE id > :max
                UNION ALL SELECT 'noReferrer', count(*) FILTER (WHERE referred_from IS NULL) FROM incident WHERE id > :max
                UNION ALL SELECT 'perpetratorsUnfilled', count(*) FILTER (WHERE p.occupation IS NULL)
                    FROM perpetrator p WHERE p.incident_id > :max""")
                .param("max", maxIncident).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(share.get("ipv")).isBetween(1_100L, 1_600L);
        assertThat(share.get("female")).isGreaterThan(1_700L);
        assertThat(share.get("evening")).isBetween(1_000L, 1_350L);
        assertThat(share.get("home")).isBetween(1_050L, 1_450L);
        assertThat(share.get("late")).isBetween(350L, 750L);
        assertThat(share.get("physical")).isBetween(700L, 1_100L);
        assertThat(share.get("adult")).isGreaterThan(1_500L);
        // wants legal action: mostly undecided or no at the first interview, about a quarter yes (more of those the
        // police sent), a tenth not asked; every incident has who referred her, every perpetrator an occupation
        assertThat(share.get("legalNotYet")).isBetween(1_150L, 1_420L);
        assertThat(share.get("legalYes")).isBetween(400L, 640L);
        assertThat(share.get("legalNotAsked")).isBetween(130L, 280L);
        assertThat((double) share.get("policeLegalYes") / share.get("police"))
                .isGreaterThan((double) (share.get("legalYes") - share.get("policeLegalYes"))
                        / (2_000 - share.get("police")) + 0.08);
        assertThat(share.get("noReferrer")).isZero();
        assertThat(share.get("perpetratorsUnfilled")).isZero();
        // Almaty and Astana (the largest cities with demo centres) receive the most cases
        List<String> regions = jdbc.sql("""
                SELECT c.region_code FROM survivor s JOIN centre c ON c.id = s.centre_id WHERE s.id > ?
                GROUP BY c.region_code ORDER BY count(*) DESC LIMIT 3""").param(maxSurvivor).query(String.class).list();
        assertThat(regions).containsAnyOf("KZ-75", "KZ-61");
        // marital status, migration status and disability as the distributions say, and consistent with age and
        // citizenship
        List<SurvivorProfile> people = List.copyOf(survivors.profiles(jdbc.sql("SELECT id FROM survivor WHERE id > ?")
                .param(maxSurvivor).query(Long.class).list()).values());
        assertThat(people).hasSize(400);
        assertThat(people).filteredOn(p -> p.maritalStatus() == MaritalStatus.MARRIED_OR_COHABITING).hasSizeBetween(
                180, 265);
        assertThat(people).filteredOn(p -> p.displacementStatus() == DisplacementStatus.RESIDENT).hasSizeBetween(
                335, 385);
        assertThat(people).filteredOn(p -> Boolean.TRUE.equals(p.hasDisability())).hasSizeBetween(15, 60);
        assertThat(people).filteredOn(p -> p.dateOfBirth().isAfter(LocalDate.now().minusYears(17)))
                .allSatisfy(child -> assertThat(child.maritalStatus()).isEqualTo(MaritalStatus.SINGLE));
        assertThat(people).filteredOn(p -> p.displacementStatus() == DisplacementStatus.STATELESS)
                .allSatisfy(p -> assertThat(p.citizenship()).isNull());
        assertThat(people).filteredOn(p -> p.displacementStatus() == DisplacementStatus.RESIDENT
                || p.displacementStatus() == DisplacementStatus.INTERNAL_MIGRANT)
                .allSatisfy(p -> assertThat(p.citizenship()).isEqualTo("KZ"));
        assertThat(people).filteredOn(p -> Boolean.FALSE.equals(p.hasDisability()))
                .allSatisfy(p -> assertThat(p.disability()).isNull());
        // every incident is on or after the survivor's birth and reported after it happened
        assertThat(count("SELECT count(*) FROM incident WHERE id > " + maxIncident + " AND report_date < incident_date"))
                .isZero();
    }
}
