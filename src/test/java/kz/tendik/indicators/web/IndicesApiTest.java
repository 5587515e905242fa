package kz.tendik.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import kz.tendik.indicators.GlobalGenderGapIndex;
import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/v1/indices/{index}}: the {@code indices} command's contract over HTTP, and the stored results. */
@IntegrationTest
class IndicesApiTest {

    private static final String GII_HEADER = "country,year,mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m";
    private static final String KAZ_2022_GII = "KAZ,2022,13.38363194,20.882,100,100,24.67532468,75.32467532,63.3,74.6";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    /** A JSON number within 5e-7 (numbers with many digits arrive as BigDecimal). */
    static org.hamcrest.Matcher<java.math.BigDecimal> near(String value) {
        return org.hamcrest.Matchers.closeTo(new java.math.BigDecimal(value), new java.math.BigDecimal("0.0000005"));
    }

    private CsvTable postCsv(String index, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/indices/" + index).contentType("text/csv").accept("text/csv")
                        .content(body).with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        return CsvTable.read(new StringReader(answer));
    }

    @Test
    void giiInCsvGivesTheCommandsColumnsUnroundedAndAnEmptyCellAnEmptyResult() throws Exception {
        CsvTable result = postCsv("gii", GII_HEADER + ",comment\n" + KAZ_2022_GII + ",an extra column is ignored\n"
                + "XYZ,2022,,20,90,90,20,80,50,70,mmr missing\n");
        assertThat(result.header()).containsExactly("country", "year", "gii", "health_f", "emp_f", "emp_m", "g_f", "g_m",
                "harm", "gbar");
        assertThat(Double.parseDouble(result.rows().get(0).cell(2))).isCloseTo(0.177427162, within(1e-9));
        assertThat(Double.parseDouble(result.rows().get(0).cell(8))).isCloseTo(0.537962314, within(1e-9));
        assertThat(result.rows().get(1).cells()).containsExactly("XYZ", "2022", "", "", "", "", "", "", "", "");
    }

    @Test
    void gdiInJsonGivesNumbersAndNullsAndWhatIsMissing() throws Exception {
        String body = """
                [{"country":"KAZ","year":2022,"le_f":72.995,"le_m":65.776,"eys_f":15.02602959,"eys_m":14.61163998,
                  "mys_f":12.45658094,"mys_m":12.40757382,"gni_pc_f":18595.14333,"gni_pc_m":26889.65873,"note":"x"},
                 {"country":"XYZ","year":2022,"le_f":70,"le_m":65,"eys_f":null,"eys_m":14,"mys_f":12,"mys_m":12,
                  "gni_pc_f":"15000","gni_pc_m":20000}]""";
        mvc.perform(post("/api/v1/indices/gdi").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].country").value("KAZ"))
                .andExpect(jsonPath("$[0].year").value(2022))
                .andExpect(jsonPath("$[0].hdi_f").value(closeTo(0.799245, 5e-7)))
                .andExpect(jsonPath("$[0].hdi_m").value(closeTo(0.801206, 5e-7)))
                .andExpect(jsonPath("$[0].gdi_group").value(1))
                .andExpect(jsonPath("$[0].computable").value(true))
                .andExpect(jsonPath("$[1].gdi").doesNotExist()) // null: the API leaves nulls out
                .andExpect(jsonPath("$[1].computable").value(false))
                .andExpect(jsonPath("$[1].missing[0]").value("eys_f"));
    }

    @Test
    void gggiFromTheFourteenStoredKazakhstanScoresOf2018GivesThePublishedSubIndices() throws Exception {
        List<String> columns = java.util.Arrays.stream(GlobalGenderGapIndex.Indicator.values())
                .map(GlobalGenderGapIndex.Indicator::code).toList();
        String values = columns.stream().map(code -> jdbc.sql("""
                SELECT value::text FROM indicator_value_current WHERE indicator_code = ? AND geo = 'KAZ' AND period = '2018'
                """).param(code).query(String.class).single()).collect(Collectors.joining(","));
        CsvTable result = postCsv("gggi", "country,year," + String.join(",", columns) + "\nKAZ,2018," + values + "\n");
        assertThat(result.header()).containsExactly("country", "year", "gggi", "economic", "education", "health",
                "political");
        List<Double> published = List.of(0.712, 0.741, 1.000, 0.979, 0.130);
        for (int i = 0; i < published.size(); i++) {
            assertThat(Double.parseDouble(result.rows().get(0).cell(i + 2))).isCloseTo(published.get(i), within(0.001));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Header, column abr: the column is missing.|Row 2, column mmr: not a number (use a dot as the decimal separator).|Row 3, column lfpr_m: the value is negative.",
            "ru|Заголовок, столбец abr: этого столбца нет.|Строка 2, столбец mmr: это не число (десятичный разделитель — точка).|Строка 3, столбец lfpr_m: значение отрицательное.",
            "kk|Тақырып жолы, abr бағаны: бұл баған жоқ.|2-жол, mmr бағаны: бұл сан емес (ондық бөлгіш — нүкте).|3-жол, lfpr_m бағаны: мәні теріс."})
    void badInputIs422NamingRowAndColumnInTheUsersLanguage(String lang, String missing, String notANumber,
                                                           String negative) throws Exception {
        mvc.perform(post("/api/v1/indices/gii").param("lang", lang).contentType("text/csv")
                        .content("country,year,mmr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m\nKAZ,2022,1,1,1,1,1,1,1\n")
                        .with(users.as("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:invalidIndexInput"))
                .andExpect(jsonPath("$.errors[0].row").value(0))
                .andExpect(jsonPath("$.errors[0].column").value("abr"))
                .andExpect(jsonPath("$.errors[0].message").value(missing));
        mvc.perform(post("/api/v1/indices/gii").param("lang", lang).contentType("text/csv")
                        .content(GII_HEADER + "\n" + KAZ_2022_GII + "\nCHE,2022,n/a,2.2,96.9,97.5,39,61,61.5,71.9\n"
                                + "CHE,2021,7,2.2,96.9,97.5,39,61,61.5,-71.9\n")
                        .with(users.as("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("mmr"))
                .andExpect(jsonPath("$.errors[0].message").value(notANumber))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message").value(negative));
    }

    @Test
    void jsonErrorsFollowTheSameContract() throws Exception {
        mvc.perform(post("/api/v1/indices/gii").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"country\":\"KAZ\",\"year\":2022,\"mmr\":\"many\",\"abr\":20,\"se_f\":1,\"se_m\":1,"
                                + "\"pr_f\":1,\"pr_m\":1,\"lfpr_f\":1,\"lfpr_m\":-1}]")
                        .with(users.as("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("mmr"))
                .andExpect(jsonPath("$.errors[1].column").value("lfpr_m"));
        mvc.perform(post("/api/v1/indices/gdi").contentType(MediaType.APPLICATION_JSON).content("{\"country\":\"KAZ\"}")
                        .param("lang", "en").with(users.as("analyst")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("JSON array of objects")));
        mvc.perform(post("/api/v1/indices/hdi").contentType("text/csv").content(GII_HEADER).with(users.as("analyst")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/indices/gii").contentType("text/csv").content(GII_HEADER + "\n" + KAZ_2022_GII))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void storedResultsWithTheirInputsMethodAndMissingList() throws Exception {
        mvc.perform(get("/api/v1/indices/gii").param("geography", "KAZ").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2022)].value").value(org.hamcrest.Matchers.contains(near("0.177427"))))
                .andExpect(jsonPath("$[?(@.year == 2022)].methodVersion").value(org.hamcrest.Matchers.contains("undp-gii@hdr-2023-24")))
                .andExpect(jsonPath("$[?(@.year == 2022)].inputs.mmr.valueId").isNotEmpty());
        mvc.perform(get("/api/v1/indices/GGGI").param("geography", "KAZ").param("year", "2010").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].computable").value(false))
                .andExpect(jsonPath("$[0].value").doesNotExist())
                .andExpect(jsonPath("$[0].missing.length()").value(14));
        mvc.perform(get("/api/v1/indices/gii").param("year", "2022").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(180)));
        mvc.perform(get("/api/v1/indices/gii").with(users.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("geography"));
        mvc.perform(get("/api/v1/indices/nosuch").param("year", "2022").with(users.as("analyst")))
                .andExpect(status().isNotFound());
    }
}
