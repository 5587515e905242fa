package kz.tendik.audit.web;

import java.util.List;
import java.util.UUID;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test rolls back: the entries it writes, the auditor's reads and any verification it records. */
@IntegrationTest
@Transactional
class AuditPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    private String entries(int count) {
        String type = "test-" + UUID.randomUUID();
        for (int i = 1; i <= count; i++) {
            log.record(AuditRecord.success(7L, "caseworker.astana", "case.read", type, String.valueOf(i)));
        }
        return type;
    }

    @Test
    void theAuditorSeesTheNewestEntriesFirstInTheirLanguage() throws Exception {
        String type = entries(3);

        MvcResult result = mvc.perform(get("/audit").param("objectType", type).param("lang", "kk")
                        .with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Аудит журналы")))
                .andExpect(content().string(containsString("Сәтті")))
                .andExpect(model().attribute("rows", hasSize(3)))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<AuditPage.Row> rows = (List<AuditPage.Row>) result.getModelAndView().getModel().get("rows");
        assertThat(rows).extracting(AuditPage.Row::objectId).containsExactly("3", "2", "1");
    }

    @Test
    void theLogIsPagedFiftyAtATimeWithLinksBothWays() throws Exception {
        String type = entries(60);

        MvcResult first = mvc.perform(get("/audit").param("objectType", type).with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(50)))
                .andExpect(model().attribute("newerUrl", nullValue()))
                .andExpect(model().attribute("olderUrl", notNullValue()))
                .andReturn();
        String older = (String) first.getModelAndView().getModel().get("olderUrl");
        assertThat(older).contains("objectType=" + type).contains("before=");

        MvcResult second = mvc.perform(get(older).with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(10)))
                .andExpect(model().attribute("olderUrl", nullValue()))
                .andExpect(model().attribute("newerUrl", notNullValue()))
                .andReturn();
        String newer = (String) second.getModelAndView().getModel().get("newerUrl");

        mvc.perform(get(newer).with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(50)))
                .andExpect(model().attribute("newerUrl", nullValue()));
    }

    @Test
    void filtersNarrowTheEntries() throws Exception {
        String type = entries(4);
        log.record(new AuditRecord(7L, "caseworker.astana", "case.export", type, "9", null,
                AuditRecord.Outcome.DENIED, null));

        mvc.perform(get("/audit").param("objectType", type).param("action", "case.exp").with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(1)));
        mvc.perform(get("/audit").param("objectType", type).param("outcome", "DENIED").with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(1)));
        mvc.perform(get("/audit").param("objectType", type).param("objectId", "2").with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(1)));
        mvc.perform(get("/audit").param("objectType", type).param("actor", "someone.else").with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(0)));
        mvc.perform(get("/audit").param("objectType", type).param("from", "2000-01-01").param("to", "2000-01-02")
                        .with(users.as("auditor")))
                .andExpect(model().attribute("rows", hasSize(0)));
    }

    @Test
    void theAuditorsReadIsItselfAudited() throws Exception {
        String type = entries(1);

        mvc.perform(get("/audit").param("objectType", type).with(users.as("auditor"))).andExpect(status().isOk());

        String purpose = jdbc.sql("SELECT purpose FROM audit_entry WHERE action = 'audit.read' AND actor_name = 'auditor' "
                + "ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(purpose).isEqualTo("objectType=" + type);
    }

    @Test
    void aBadDateIsShownAsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(get("/audit").param("from", "29.11.2026").param("lang", "en").with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(AuditFilterForm.NAME, "from"))
                .andExpect(content().string(containsString("Enter a date such as 2026-11-29.")))
                .andExpect(content().string(not(containsString("29.11.2026\u003c"))));
        mvc.perform(get("/audit").param("from", "2026-11-29").param("to", "2026-11-01").param("lang", "ru")
                        .with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(AuditFilterForm.NAME, "to"))
                .andExpect(content().string(containsString("Дата окончания раньше даты начала.")));
    }

    @Test
    void anUnknownOutcomeWithAReversedRangeIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(get("/audit").param("outcome", "XX").param("from", "2026-12-01").param("to", "2026-11-01")
                        .param("lang", "en").with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(AuditFilterForm.NAME, "outcome"))
                .andExpect(content().string(containsString("Choose one of the listed outcomes.")));
    }

    @Test
    void verifyingFromThePageRecordsAndShowsTheResult() throws Exception {
        entries(1);

        mvc.perform(post("/audit/verification").with(csrf()).with(users.as("auditor")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit"));

        mvc.perform(get("/audit").param("lang", "en").with(users.as("auditor")))
                .andExpect(content().string(containsString("Intact: all")))
                .andExpect(content().string(containsString("Checked from this page.")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'audit.verify' AND actor_name = 'auditor'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void otherRolesMayNotReadTheLog() throws Exception {
        mvc.perform(get("/audit").with(users.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verification").with(csrf()).with(users.as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theAuditorsHomePageOffersTheLog() throws Exception {
        mvc.perform(get("/").param("lang", "ru").with(users.as("auditor")))
                .andExpect(content().string(containsString("Журнал аудита")))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/").param("lang", "ru").with(users.as("analyst")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }
}
