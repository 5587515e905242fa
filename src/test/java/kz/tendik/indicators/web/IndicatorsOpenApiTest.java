package kz.tendik.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The indicators module's HTTP API is in the OpenAPI description, every operation tagged and summarised. */
@IntegrationTest
@SuppressWarnings("unchecked")
class IndicatorsOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenDataIndicesAndIndicatorsPathsAreDescribedWithTagsAndSummaries() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Map<String, List<String>> expected = Map.of(
                "/api/v1/open/indicators", List.of("get"), "/api/v1/open/indicators/{code}/values", List.of("get"),
                "/api/v1/open/indices/{code}", List.of("get"),
                "/api/v1/indices/{index}", List.of("post"), "/api/v1/indices/{code}", List.of("get"),
                "/api/v1/indicators", List.of("get"), "/api/v1/indicators/{code}/values", List.of("get"),
                "/api/v1/indicators/imports", List.of("post"));
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        assertThat(paths.keySet()).containsAll(expected.keySet());
        expected.forEach((path, methods) -> methods.forEach(method -> {
            String operation = "$.paths['" + path + "']." + method;
            assertThat(JsonPath.<String>read(docs, operation + ".summary")).as(operation).isNotBlank();
            assertThat(JsonPath.<List<String>>read(docs, operation + ".tags")).as(operation).isNotEmpty()
                    .doesNotContain("indicator-api", "indices-api", "open-data-api");
        }));
        // every operation of the module's paths, not only those named above
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1/open/indic") || path.startsWith("/api/v1/indices")
                    || path.startsWith("/api/v1/indicators")) {
                ((Map<String, Object>) item).forEach((method, operation) -> assertThat(
                        ((Map<String, Object>) operation).get("summary")).as(method + " " + path).isNotNull());
            }
        });
    }
}
