package kz.tendik.audit.web;

import java.util.UUID;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class AuditApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    private String entries(int count) {
        String type = "api-" + UUID.randomUUID();
        for (int i = 1; i <= count; i++) {
            log.record(AuditRecord.success(7L, "caseworker.astana", "case.read", type, String.valueOf(i)));
        }
        return type;
    }

    @Test
    void entriesComeNewestFirstWithACursorToTheOlderOnes() throws Exception {
        String type = entries(5);

        String body = mvc.perform(get("/api/v1/audit").param("objectType", type).param("limit", "3")
                        .with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(3)))
                .andExpect(jsonPath("$.entries[0].objectId", is("5")))
                .andExpect(jsonPath("$.entries[0].actorName", is("caseworker.astana")))
                .andExpect(jsonPath("$.entries[0].hash", notNullValue()))
                .andExpect(jsonPath("$.olderBefore", notNullValue()))
                .andReturn().getResponse().getContentAsString();
        long before = com.jayway.jsonpath.JsonPath.parse(body).read("$.olderBefore", Long.class);

        mvc.perform(get("/api/v1/audit").param("objectType", type).param("limit", "3")
                        .param("before", String.valueOf(before)).with(users.as("auditor")))
                .andExpect(jsonPath("$.entries", hasSize(2)))
                .andExpect(jsonPath("$.entries[1].objectId", is("1")))
                .andExpect(jsonPath("$.olderBefore").doesNotExist());
    }

    @Test
    void badParametersAreProblemsNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit").param("limit", "1000").param("lang", "en").with(users.as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("limit")));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").param("lang", "en").with(users.as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")))
                .andExpect(jsonPath("$.errors[0].message", is("Enter a date such as 2026-11-29.")));
        mvc.perform(get("/api/v1/audit").param("from", "2026-11-29").param("to", "2026-11-28")
                        .with(users.as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("to")));
    }

    @Test
    void verificationWalksTheChainAndSaysItIsIntact() throws Exception {
        entries(2);
        long last = jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();

        mvc.perform(get("/api/v1/audit/verification").with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact", is(true)))
                .andExpect(jsonPath("$.checkedEntries", is((int) last)))
                .andExpect(jsonPath("$.firstBrokenId").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void verificationNamesTheFirstBrokenEntry() throws Exception {
        entries(2);
        long victim = jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET actor_name = 'someone.else' WHERE id = ?").param(victim).update();

        mvc.perform(get("/api/v1/audit/verification").with(users.as("auditor")))
                .andExpect(jsonPath("$.intact", is(false)))
                .andExpect(jsonPath("$.firstBrokenId", is((int) victim)))
                .andExpect(jsonPath("$.reason", is("HASH_MISMATCH")));
    }

    @Test
    void onlyTheAuditorMayUseTheApi() throws Exception {
        mvc.perform(get("/api/v1/audit").with(users.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verification").with(users.as("caseworker.astana")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }
}
