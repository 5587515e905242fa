package kz.tendik.indicators.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class IndicatorImportTest {

    private static final String HEADER = "indicator,geo,period,sex,value,source,note\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    IndicatorImports imports;
    @Autowired
    ValueStore values;
    @Autowired
    JdbcClient jdbc;

    private long count() {
        return jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single();
    }

    @Test
    void aLongFormatFileIsStoredAndReadBackThroughTheApi() throws Exception {
        String csv = HEADER + "pr,KZ-71,2024,F,31.5,Maslikhat of Astana,after the 2023 election\n"
                + "pr,KZ-71,2024,M,68.5,Maslikhat of Astana,\n"
                + "mmr,KZ-71,2024-Q2,T,12.25,Ministry of Health,\n";
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("LONG_CSV"))
                .andExpect(jsonPath("$.valuesRead").value(3))
                .andExpect(jsonPath("$.valuesAdded").value(3));
        mvc.perform(get("/api/v1/indicators/pr/values").param("geo", "KZ-71").param("sex", "F")
                        .param("from", "2024").param("to", "2024").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].value").value(31.5))
                .andExpect(jsonPath("$[0].source").value("Maslikhat of Astana"))
                .andExpect(jsonPath("$[0].note").value("after the 2023 election"));
        mvc.perform(get("/api/v1/indicators/mmr/values").param("geo", "KZ-71").param("from", "2024-04")
                        .param("to", "2024-06").with(users.as("analyst")))
                .andExpect(jsonPath("$[0].period").value("2024-Q2"));
    }

    @ParameterizedTest
    @CsvSource({"en,'Row 3, column value: not a number'", "ru,'Строка 3, столбец value: это не число'",
            "kk,'3-жол, value бағаны: бұл сан емес'"})
    void oneBadRowRefusesTheWholeFileAndTheReportNamesRowAndColumnInTheUsersLanguage(String lang, String expected)
            throws Exception {
        long before = count();
        String csv = HEADER + "pr,KZ-75,2024,F,30,Maslikhat of Almaty,\n" + "pr,KZ-75,2024,M,seventy,Maslikhat of Almaty,\n"
                + "nosuch,KZ-75,2024,T,1,x,\n";
        mvc.perform(post("/api/v1/indicators/imports").param("lang", lang).contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(expected)))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("indicator"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theUploadPageShowsTheReportOfARefusedFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
                (HEADER + "pr,KZ-71,20245,X,1,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/indicators/import").file(file).param("lang", "ru").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("это не период")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("пол должен быть F, M или T")));
    }

    @Test
    void reImportingTheBundledHdrFileChangesNothing() {
        byte[] hdr = ReferenceDatasets.bytes(ReferenceDatasets.FILES[0]);
        imports.importFile("hdr.csv", hdr, null);
        long before = count();
        long start = System.nanoTime();
        ImportResult again = imports.importFile("hdr.csv", hdr, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(again.format()).isEqualTo("HDR_TIME_SERIES");
        assertThat(again.valuesRead()).isGreaterThan(100_000);
        assertThat(again.valuesAdded()).isZero();
        assertThat(count()).isEqualTo(before);
        assertThat(millis).as("loose bound; see IndicatorImportBenchmark").isLessThan(60_000);
        var kaz = values.current("gii", "KAZ", "T", Period.year(2022).start(), Period.year(2022).end(), 10);
        assertThat(kaz).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("0.177"));
    }

    @Test
    void aChangedValueAddsARevisionAndTheHistoryKeepsTheOldOne() {
        imports.importFile("a.csv", (HEADER + "wage_monthly,KZ-75,2024-03,F,400000,BNS,preliminary\n").getBytes(), null);
        imports.importFile("a.csv", (HEADER + "wage_monthly,KZ-75,2024-03,F,400000,BNS,preliminary\n").getBytes(), null);
        ImportResult revised = imports.importFile("b.csv",
                (HEADER + "wage_monthly,KZ-75,2024-03,F,401500,BNS,final\n").getBytes(), null);
        assertThat(revised.valuesAdded()).isEqualTo(1);
        var history = values.history("wage_monthly", "KZ-75", "F", null, null);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).value()).isEqualByComparingTo("401500");
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(1).value()).isEqualByComparingTo("400000");
        assertThat(history.get(1).current()).isFalse();
        assertThat(values.current("wage_monthly", "KZ-75", "F", null, null, 10))
                .singleElement().satisfies(v -> assertThat(v.note()).isEqualTo("final"));
    }

    @Test
    void theReferenceDataIsLoadedOnFirstStart() {
        assertThat(jdbc.sql("SELECT value FROM system_setting WHERE name = ?").param(ReferenceDatasets.MARKER)
                .query(String.class).optional()).contains("true");
        assertThat(values.current("gggi_parliament", "KAZ", "T", null, null, 10)).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("0.371794872"));
        assertThat(values.current("wage_monthly", "KAZ", "F", null, null, 10)).isNotEmpty();
    }

    @Test
    void theWef2024ScoresAreReferenceDataAndReImportingThemChangesNothing() {
        java.util.Map<String, String> kaz2024 = java.util.Map.of("gggi", "0.71", "gggi_economic", "0.751",
                "gggi_education", "0.999", "gggi_health", "0.976", "gggi_political", "0.116");
        kaz2024.forEach((code, expected) -> assertThat(values.current(code, "KAZ", "T", Period.year(2024).start(),
                Period.year(2024).end(), 10)).as(code).singleElement().satisfies(v -> {
                    assertThat(v.value()).isEqualByComparingTo(expected);
                    assertThat(v.source()).isEqualTo(Wef2024Format.SOURCE);
                    assertThat(v.note()).isNull();
                }));
        assertThat(values.current("gggi", "ESP", "T", Period.year(2024).start(), null, 10)).singleElement()
                .satisfies(v -> assertThat(v.note()).startsWith("Inconsistent in the transcription"));
        String currentFromFile = "SELECT count(*) FROM indicator_value_current WHERE source = ?";
        assertThat(jdbc.sql(currentFromFile).param(Wef2024Format.SOURCE).query(Long.class).single()).isEqualTo(146 * 5);

        long before = count();
        ImportResult again = imports.importFile("wef_gggi_2024_scores.csv",
                ReferenceDatasets.bytes("/indicators/reference/wef_gggi_2024_scores.csv"), null);
        assertThat(again.format()).isEqualTo("WEF_2024");
        assertThat(again.rowsRead()).isEqualTo(146);
        assertThat(again.valuesRead()).isEqualTo(146 * 5);
        assertThat(again.valuesAdded()).isZero();
        assertThat(count()).isEqualTo(before);
    }

    @Autowired
    ReferenceDatasets reference;

    @Test
    void aDatabaseLoadedBeforeTheLaterFilesGetsThemOnTheNextStartAndNothingElseAgain() {
        // as a database loaded before per-file markers: only the single marker, and the values already there
        jdbc.sql("DELETE FROM system_setting WHERE name LIKE ?").param(ReferenceDatasets.MARKER + ":%").update();
        long importsBefore = jdbc.sql("SELECT max(id) FROM indicator_import").query(Long.class).single();
        long before = count();
        assertThat(reference.loadOnce()).isTrue();
        assertThat(jdbc.sql("SELECT format FROM indicator_import WHERE id > ? ORDER BY id").param(importsBefore)
                .query(String.class).list()).containsExactly("WEF_2024", "LONG_CSV");
        assertThat(count()).isEqualTo(before);
        assertThat(reference.loadOnce()).isFalse();
    }

    @Test
    void theAnalystPagesShowTheCatalogueAndAValueHistory() throws Exception {
        mvc.perform(get("/indicators").param("lang", "kk").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Гендерлік теңсіздік индексі")));
        mvc.perform(get("/indicators/gii").param("geo", "KAZ").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0.177")));
        mvc.perform(get("/indicators/import").with(users.as("caseworker.astana"))).andExpect(status().isForbidden());
    }
}
