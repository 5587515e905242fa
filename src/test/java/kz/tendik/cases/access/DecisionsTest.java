package kz.tendik.cases.access;

import java.time.Instant;
import java.util.List;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.identity.CurrentUser;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import kz.tendik.shared.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case page decides the reader's reach once per transaction (the parts of the page ask again and again); a change
 * of who is assigned within the same transaction is seen by the next check, and another transaction decides afresh.
 */
@IntegrationTest
class DecisionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseAccess access;
    @Autowired
    CaseStore cases;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aReachIsRememberedWithinATransactionUntilTheAssignmentChanges() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        CurrentUser caseworker = users.user("caseworker.astana");
        long manager = users.user("manager.astana").id();

        transaction.executeWithoutResult(status -> {
            assertThat(access.read(caseworker, caseId).reach().allowed()).isTrue();
            assertThat(access.reaches(caseworker, caseId)).isTrue();
            // taken off her case in the same transaction: the next check no longer lets her in
            cases.assign(caseId, List.of(manager), Instant.now());
            assertThat(access.reaches(caseworker, caseId)).isFalse();
            assertThatThrownBy(() -> access.read(caseworker, caseId)).isInstanceOf(NotFoundException.class);
            status.setRollbackOnly();
        });
        // nothing is carried over to the next transaction
        transaction.executeWithoutResult(status ->
                assertThat(access.read(caseworker, caseId).reach().allowed()).isTrue());
    }
}
