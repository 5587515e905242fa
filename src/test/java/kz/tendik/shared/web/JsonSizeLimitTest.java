package kz.tendik.shared.web;

import java.util.Locale;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An oversized JSON body is refused before it is read (413, in the caller's language) and nothing is stored. */
@IntegrationTest
class JsonSizeLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
        String huge = "{\"fullName\": \"" + "А".repeat(2_200_000) + "\", \"sex\": \"FEMALE\", \"age\": 30}";

        mvc.perform(post("/api/v1/survivors").with(users.as("caseworker.astana")).locale(Locale.forLanguageTag("ru"))
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:tooLarge"))
                .andExpect(jsonPath("$.title").value("Слишком большой запрос"))
                .andExpect(jsonPath("$.detail").value("Тело запроса больше 4096 КиБ; отправляйте данные частями."));

        assertThat(jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aBodyUnderTheLimitGoesThrough() throws Exception {
        // a name of her own: the same name registered before would stop at the duplicate check
        String name = "Әсел Тестова " + java.util.UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/survivors").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\": \"" + name + "\", \"sex\": \"FEMALE\", \"age\": 30}"))
                .andExpect(status().isCreated());
    }
}
