package kz.tendik.indicators.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
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

/** SDMX-CSV 1.0 and 2.0 through the import API and page (test files: invented values, marked TEST DATA). */
@IntegrationTest
@Transactional
class SdmxImportTest {

    private static final String HEADER = "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,SEX,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n";
    private static final String FLOW = "TENDIK_TEST:DF_SDG_TEST_DATA(1.0)";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ValueStore values;
    @Autowired
    JdbcClient jdbc;

    static byte[] file(String name) throws IOException {
        try (InputStream in = SdmxImportTest.class.getResourceAsStream("/indicators/sdmx/" + name)) {
            return in.readAllBytes();
        }
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single();
    }

    @Test
    void sdmxCsv10IsImportedWithYearsQuartersMonthsAndRegionsAndReImportingChangesNothing() throws Exception {
        byte[] csv = file("sdg_style_sdmx_csv_1_0.csv");
        mvc.perform(post("/api/v1/indicators/imports").param("name", "sdg.csv").contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("SDMX_CSV"))
                .andExpect(jsonPath("$.valuesRead").value(8))
                .andExpect(jsonPath("$.valuesAdded").value(8));
        assertThat(values.current("earnings_hourly", "KZ-71", "F", null, null, 10)).singleElement().satisfies(v -> {
            assertThat(v.period()).isEqualTo("2023-Q1");
            assertThat(v.value()).isEqualByComparingTo("2290.0");
            assertThat(v.source()).isEqualTo("SDMX " + FLOW);
            assertThat(v.note()).isEqualTo("SDMX series SL_EMP_EARN, OBS_STATUS P");
        });
        assertThat(values.current("earnings_hourly", "KZ-75", "M", null, null, 10)).singleElement()
                .satisfies(v -> assertThat(v.period()).isEqualTo("2023-05"));
        assertThat(values.current("earnings_hourly", "KAZ", "T", null, null, 10)).hasSize(1);
        assertThat(values.current("pr", "KAZ", "F", Period.year(2024).start(), null, 10)).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("19.5"));
        long after = count();
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valuesAdded").value(0));
        assertThat(count()).isEqualTo(after);
    }

    @Test
    void sdmxCsv20WithLabelsIsImportedThroughTheUploadPage() throws Exception {
        MockMultipartFile upload = new MockMultipartFile("file", "sdg20.csv", "text/csv", file("sdg_style_sdmx_csv_2_0.csv"));
        mvc.perform(multipart("/indicators/import").file(upload).param("lang", "en").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 values read, 2 new or changed")));
        assertThat(values.current("pr", "KAZ", "F", Period.year(2025).start(), null, 10)).singleElement()
                .satisfies(v -> assertThat(v.note()).isEqualTo("SDMX series SG_GEN_PARL, OBS_STATUS E"));
        assertThat(values.current("earnings_hourly", "KZ-75", "M", Period.year(2024).start(), null, 10))
                .singleElement().satisfies(v -> assertThat(v.period()).isEqualTo("2024-Q2"));
    }

    @ParameterizedTest
    @CsvSource({"en,'Row 2, column INDICATOR: this series is neither mapped'",
            "ru,'Строка 2, столбец INDICATOR: этот ряд не сопоставлен'",
            "kk,'2-жол, INDICATOR бағаны: бұл қатар каталогтағы индикаторға'"})
    void everyBadRowIsReportedInTheUsersLanguageAndNothingIsStored(String lang, String unknownSeries) throws Exception {
        long before = count();
        String csv = HEADER
                + FLOW + ",SG_GEN_LOCGELS,KAZ,2023,F,22.1,PT,A\n"        // row 2: series not in the catalogue
                + FLOW + ",SG_GEN_PARL,KAZ,2023,F,22.1,NUMBER,A\n"       // row 3: wrong unit
                + FLOW + ",SG_GEN_PARL,398,2023,F,22.1,PT,A\n"           // row 4: M49 code
                + FLOW + ",SG_GEN_PARL,KAZ,2023-W05,F,22.1,PT,A\n"       // row 5: no weeks
                + FLOW + ",SG_GEN_PARL,KAZ,2023,X,abc,PT,A\n"            // row 6: sex and value
                + FLOW + ",SG_GEN_PARL,KAZ,2022,F,,PT,A\n"               // row 7: value required (status is not M)
                + FLOW + ",SG_GEN_PARL,KAZ,2021,F,22.1,PT,A\n"           // fine, but the file is refused whole
                + "," + "SG_GEN_PARL,KAZ,2020,F,22.1,PT,A\n";            // row 9: no dataflow
        mvc.perform(post("/api/v1/indicators/imports").param("lang", lang).contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(8))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("INDICATOR"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(unknownSeries)))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("UNIT_MEASURE"))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("REF_AREA"))
                .andExpect(jsonPath("$.errors[3].column").value("TIME_PERIOD"))
                .andExpect(jsonPath("$.errors[4].column").value("SEX"))
                .andExpect(jsonPath("$.errors[5].column").value("OBS_VALUE"))
                .andExpect(jsonPath("$.errors[6].row").value(7))
                .andExpect(jsonPath("$.errors[6].column").value("OBS_VALUE"))
                .andExpect(jsonPath("$.errors[7].row").value(9))
                .andExpect(jsonPath("$.errors[7].column").value("DATAFLOW"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void missingColumnsDeletionsAndM49CodesAreExplained() throws Exception {
        mvc.perform(post("/api/v1/indicators/imports").param("lang", "en").contentType("text/csv")
                        .content("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,OBS_VALUE\n")
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("TIME_PERIOD"))
                .andExpect(jsonPath("$.errors[0].message").value("Row 1, column TIME_PERIOD: the column is missing from the header."))
                .andExpect(jsonPath("$.errors[1].column").value("SEX"));
        String v20 = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,SEX,OBS_VALUE\n"
                + "dataflow," + FLOW + ",D,SG_GEN_PARL,KAZ,2023,F,22.1\n"
                + "dataflow," + FLOW + ",I,SG_GEN_PARL,398,2023,F,22.1\n";
        mvc.perform(post("/api/v1/indicators/imports").param("lang", "ru").contentType("text/csv").content(v20)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("ACTION"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("никогда не удаляются")))
                .andExpect(jsonPath("$.errors[1].column").value("REF_AREA"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("M49")));
    }

    @Test
    void aCatalogueCodeMayStandForTheSeries() throws Exception {
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv")
                        .content((HEADER + FLOW + ",wage_monthly,KZ-19,2024-Q1,F,350000,KZT,A\n").getBytes(StandardCharsets.UTF_8))
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valuesAdded").value(1));
    }
}
