package kz.tendik.cases.closure;

import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.closure.ClosureSteps.COMPLETE_CHECKLIST;
import static kz.tendik.cases.closure.ClosureSteps.post;
import static kz.tendik.cases.closure.ClosureSteps.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClosureApiTest {

    private static final String CASEWORKER = "caseworker.astana";
    private static final String SUPERVISOR = "supervisor.astana";
    private static final String MANAGER = "manager.astana";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private String path(long caseId, String rest) {
        return "/api/v1/cases/" + caseId + rest;
    }

    private List<String> timeline(long caseId) {
        return jdbc.sql("SELECT type FROM case_event WHERE case_id = ? ORDER BY id").param(caseId).query(String.class)
                .list();
    }

    @Test
    void aRequestWithAnIncompleteChecklistIsRefusedNamingEveryItemInTheUsersLanguageAndNothingIsStored() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        int v = version(mvc, users, CASEWORKER, caseId);
        post(mvc, users, CASEWORKER, path(caseId, "/closure"), "{\"version\": " + v + ", \"safetyAddressed\": false}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("safetyAddressed", "servicesDoneOrDeclined", "survivorWish", "reason")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path(caseId, "/closure"))
                        .with(users.as(CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "kk").content("{\"survivorWish\": \"AGREES_TO_CLOSE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Қазір іспен мұны істеуге болмайды"))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("version", "safetyAddressed", "servicesDoneOrDeclined", "reason")))
                .andExpect(jsonPath("$.detail", containsString("Жабу себебін таңдаңыз.")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_closure WHERE case_id = ?").param(caseId).query(Long.class)
                .single()).isZero();
        assertThat(version(mvc, users, CASEWORKER, caseId)).isEqualTo(v);
    }

    @Test
    void theWholeFlowRequestReturnRequestApproveCloseRefuseWritesReopen() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        int v = version(mvc, users, CASEWORKER, caseId);
        post(mvc, users, CASEWORKER, path(caseId, "/closure"), "{\"version\": " + v + ", " + COMPLETE_CHECKLIST + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pending.requestedBy").value(users.user(CASEWORKER).id()))
                .andExpect(jsonPath("$.pending.note").value("Закрываем: всё сделано"))
                .andExpect(jsonPath("$.missing[0]").value("SUPERVISOR_APPROVAL"))
                .andExpect(jsonPath("$.closed").value(false));
        // the note is stored encrypted
        byte[] note = jdbc.sql("SELECT note FROM case_closure WHERE case_id = ?").param(caseId).query(byte[].class).single();
        assertThat(new String(note, StandardCharsets.UTF_8)).doesNotContain("Закрываем");
        // a second request while one is pending, and the caseworker approving, are refused
        post(mvc, users, CASEWORKER, path(caseId, "/closure"), "{\"version\": " + (v + 1) + ", " + COMPLETE_CHECKLIST + "}")
                .andExpect(status().isUnprocessableContent());
        post(mvc, users, CASEWORKER, path(caseId, "/closure/approve"), "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isForbidden());
        // the supervisor returns it: a reason is required, a stale version is 409
        post(mvc, users, SUPERVISOR, path(caseId, "/closure/return"), "{\"version\": " + (v + 1) + ", \"reason\": \" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(mvc, users, SUPERVISOR, path(caseId, "/closure/return"), "{\"version\": " + v + ", \"reason\": \"Нет плана\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(v + 1));
        post(mvc, users, SUPERVISOR, path(caseId, "/closure/return"),
                "{\"version\": " + (v + 1) + ", \"reason\": \"Сначала обсудите план безопасности\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pending").doesNotExist())
                .andExpect(jsonPath("$.lastDecided.status").value("RETURNED"))
                .andExpect(jsonPath("$.lastDecided.returnReason").value("Сначала обсудите план безопасности"));
        // asked again, approved: closed and read-only
        post(mvc, users, CASEWORKER, path(caseId, "/closure"), "{\"version\": " + (v + 2) + ", " + COMPLETE_CHECKLIST + "}")
                .andExpect(status().isCreated());
        post(mvc, users, SUPERVISOR, path(caseId, "/closure/approve"), "{\"version\": " + (v + 3) + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.retention.textDueOn").exists());
        mvc.perform(get(path(caseId, "")).with(users.as(CASEWORKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("CLOSED"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path(caseId, "/notes"))
                        .with(users.as(CASEWORKER)).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"ещё одна запись\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("The case is closed: it can be read but not changed. Reopen it first."));
        mvc.perform(put(path(caseId, "")).with(users.as(CASEWORKER)).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + (v + 4) + ", \"familyCategory\": \"C\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Дело закрыто")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_note WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        // reopened with a reason
        post(mvc, users, CASEWORKER, path(caseId, "/reopen"), "{\"version\": " + (v + 4) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(mvc, users, CASEWORKER, path(caseId, "/reopen"), "{\"version\": " + (v + 4) + ", \"reason\": \"Новое обращение\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REOPENED"))
                .andExpect(jsonPath("$.closed").value(false))
                .andExpect(jsonPath("$.reopenings[0].reason").value("Новое обращение"));
        post(mvc, users, CASEWORKER, path(caseId, "/notes"), "{\"text\": \"снова работаем\"}")
                .andExpect(status().isCreated());
        post(mvc, users, CASEWORKER, path(caseId, "/reopen"), "{\"version\": " + (v + 5) + ", \"reason\": \"ещё раз\"}")
                .andExpect(status().isUnprocessableContent());

        assertThat(timeline(caseId)).containsSubsequence("CLOSURE_REQUESTED", "CLOSURE_RETURNED", "CLOSURE_REQUESTED",
                "CLOSURE_APPROVED", "CASE_REOPENED", "NOTE_ADDED");
        assertThat(auditEntries(jdbc, "case.closure.request", "case", caseId)).isEqualTo(2);
        assertThat(auditEntries(jdbc, "case.closure.return", "case", caseId)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.closure.approve", "case", caseId)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.reopen", "case", caseId)).isEqualTo(1);
    }

    @Test
    void whoeverAskedCannotApproveTheirOwnRequest() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        int v = version(mvc, users, SUPERVISOR, caseId);
        post(mvc, users, SUPERVISOR, path(caseId, "/closure"), "{\"version\": " + v + ", " + COMPLETE_CHECKLIST + "}")
                .andExpect(status().isCreated());
        post(mvc, users, SUPERVISOR, path(caseId, "/closure/approve"), "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("просили вы сами")));
        post(mvc, users, MANAGER, path(caseId, "/closure/approve"), "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));
    }

    @Test
    void aCaseworkerCannotApproveEvenWhenAnotherCaseworkerAsked() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        int v = version(mvc, users, CASEWORKER, caseId);
        post(mvc, users, CASEWORKER, path(caseId, "/closure"), "{\"version\": " + v + ", " + COMPLETE_CHECKLIST + "}")
                .andExpect(status().isCreated());
        post(mvc, users, CASEWORKER, path(caseId, "/closure/approve"), "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isForbidden());
        post(mvc, users, "caseworker.almaty", path(caseId, "/closure/return"), "{\"version\": " + (v + 1) + ", \"reason\": \"x\"}")
                .andExpect(status().isForbidden());
        // outside the reach the case does not exist
        mvc.perform(get(path(caseId, "/closure")).with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCentreManagerPlacesAndLiftsALegalHoldAndBothAreAudited() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        int v = version(mvc, users, MANAGER, caseId);
        mvc.perform(put(path(caseId, "/legal-hold")).with(users.as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + v + ", \"reason\": \"суд\"}")).andExpect(status().isForbidden());
        mvc.perform(put(path(caseId, "/legal-hold")).with(users.as(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("version", "reason")));
        mvc.perform(put(path(caseId, "/legal-hold")).with(users.as(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + v + ", \"reason\": \"Запрос суда № 2-1234\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalHold.reason").value("Запрос суда № 2-1234"))
                .andExpect(jsonPath("$.legalHold.placedByName").exists());
        assertThat(jdbc.sql("SELECT legal_hold FROM case_file WHERE id = ?").param(caseId).query(Boolean.class).single())
                .isTrue();
        mvc.perform(put(path(caseId, "/legal-hold")).with(users.as(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + (v + 1) + ", \"reason\": \"again\"}")).andExpect(status().isUnprocessableContent());
        mvc.perform(delete(path(caseId, "/legal-hold")).with(users.as(MANAGER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete(path(caseId, "/legal-hold") + "?version=" + v).with(users.as(MANAGER)))
                .andExpect(status().isConflict());
        mvc.perform(delete(path(caseId, "/legal-hold") + "?version=" + (v + 1)).with(users.as(MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.legalHold").doesNotExist());
        assertThat(jdbc.sql("SELECT legal_hold FROM case_file WHERE id = ?").param(caseId).query(Boolean.class).single())
                .isFalse();
        assertThat(auditEntries(jdbc, "case.legal-hold.place", "case", caseId)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.legal-hold.lift", "case", caseId)).isEqualTo(1);
        assertThat(timeline(caseId)).containsSubsequence("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");
    }

    @Test
    void theClosureEndpointsAreInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/closure'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/closure'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/closure/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/closure/return'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/reopen'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/legal-hold'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/legal-hold'].delete").exists());
    }
}
