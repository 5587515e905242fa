package kz.tendik.cases.access;

import java.time.Instant;
import java.util.List;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Assigned to no one" (what a supervisor reaches besides her team's cases) is kept on the case by triggers on
 * case_assignment: whoever adds or removes assignments, in whatever statement, the flag follows (V20261202_0502).
 */
@IntegrationTest
class UnassignedFlagTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseStore cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theFlagFollowsTheAssignmentsWhoeverWritesThem() throws Exception {
        long assigned = CaseTestData.openCase(mvc, users, "caseworker.astana");
        long unassigned = CaseTestData.openCase(mvc, users, "supervisor.astana");
        assertThat(flag(assigned)).isFalse();
        assertThat(flag(unassigned)).isTrue();

        long caseworker = users.user("caseworker.astana").id();
        long manager = users.user("manager.astana").id();
        transaction.executeWithoutResult(s -> cases.assign(assigned, List.of(), Instant.now()));
        assertThat(flag(assigned)).isTrue();
        transaction.executeWithoutResult(s -> cases.assign(assigned, List.of(caseworker, manager), Instant.now()));
        assertThat(flag(assigned)).isFalse();
        // one of two assignments removed by hand: still assigned; both removed in one statement: unassigned
        jdbc.sql("DELETE FROM case_assignment WHERE case_id = ? AND user_id = ?").params(assigned, manager).update();
        assertThat(flag(assigned)).isFalse();
        jdbc.sql("DELETE FROM case_assignment WHERE case_id IN (?, ?)").params(assigned, unassigned).update();
        assertThat(flag(assigned)).isTrue();
        // an assignment moved from one case to another
        jdbc.sql("INSERT INTO case_assignment (case_id, user_id, lead, assigned_at) VALUES (?, ?, true, now())")
                .params(assigned, caseworker).update();
        jdbc.sql("UPDATE case_assignment SET case_id = ? WHERE case_id = ?").params(unassigned, assigned).update();
        assertThat(flag(assigned)).isTrue();
        assertThat(flag(unassigned)).isFalse();
    }

    private boolean flag(long caseId) {
        return jdbc.sql("SELECT unassigned FROM case_file WHERE id = ?").param(caseId).query(Boolean.class).single();
    }
}
