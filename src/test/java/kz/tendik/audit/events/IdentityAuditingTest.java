package kz.tendik.audit.events;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.IdentityEvents.SignInFailed;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdentityAuditingTest {

    /** Each test signs in from its own address, so that the per-address lockout of other tests does not apply. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    record Row(Long actorId, String actorName, String objectType, String objectId, String purpose, String outcome,
               String clientIp) {
    }

    private Optional<Row> latest(String action, String column, String value) {
        return jdbc.sql("SELECT actor_id, actor_name, object_type, object_id, purpose, outcome, client_ip "
                        + "FROM audit_entry WHERE action = ? AND " + column + " = ? ORDER BY id DESC LIMIT 1")
                .params(action, value)
                .query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    private static String freshAddress() {
        return "10.77.0." + ADDRESSES.getAndIncrement();
    }

    @Test
    void aFailedWebSignInIsRecordedWithTheUsernameAndReasonButNotThePassword() throws Exception {
        String username = "nobody-" + UUID.randomUUID();
        String password = "Secret-" + UUID.randomUUID();
        String ip = freshAddress();

        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(ip)))
                .andExpect(status().is3xxRedirection());

        Row row = latest("signin.failure", "actor_name", username).orElseThrow();
        assertThat(row.outcome()).isEqualTo("FAILURE");
        assertThat(row.purpose()).isEqualTo("bad-credentials/web");
        assertThat(row.clientIp()).isEqualTo(ip);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE concat_ws('|', actor_name, action, object_type, "
                + "object_id, purpose, client_ip) LIKE ?").param("%" + password + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void aSuccessfulWebSignInIsRecorded() throws Exception {
        String ip = freshAddress();
        long analyst = users.user("analyst").id();

        mvc.perform(post("/login").param("username", "analyst").param("password", "tendik-demo-2026")
                        .with(csrf()).with(from(ip)))
                .andExpect(status().is3xxRedirection());

        Row row = latest("signin.success", "client_ip", ip).orElseThrow();
        assertThat(row.actorId()).isEqualTo(analyst);
        assertThat(row.actorName()).isEqualTo("analyst");
        assertThat(row.purpose()).isEqualTo("web");
        assertThat(row.outcome()).isEqualTo("SUCCESS");
    }

    @Test
    void aFailedSignInIsKeptWhenTheSurroundingTransactionRollsBack() {
        String username = "rolled-back-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SignInFailed(username, "api", "bad-code", "10.0.0.9"));
            status.setRollbackOnly();
        });

        Row row = latest("signin.failure", "actor_name", username).orElseThrow();
        assertThat(row.purpose()).isEqualTo("bad-code/api");
        assertThat(row.objectId()).isEqualTo(username);
    }

    @Test
    void anAccountChangeJoinsItsTransaction() {
        long userId = 900_000 + ADDRESSES.getAndIncrement();
        String change = "role-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AccountChanged(1L, "admin", userId, change));
            status.setRollbackOnly();
        });
        assertThat(latest("account.change", "purpose", change)).isEmpty();

        transactions.executeWithoutResult(status -> events.publishEvent(new AccountChanged(1L, "admin", userId, change)));
        Row row = latest("account.change", "purpose", change).orElseThrow();
        assertThat(row.actorName()).isEqualTo("admin");
        assertThat(row.objectType()).isEqualTo("user");
        assertThat(row.objectId()).isEqualTo(String.valueOf(userId));
    }

    @Test
    void aDeniedRequestIsRecordedWithTheActionItNeeded() throws Exception {
        String ip = freshAddress();

        mvc.perform(get("/audit").with(users.as("caseworker.astana")).with(from(ip)))
                .andExpect(status().isForbidden());

        Row row = latest("access.denied", "client_ip", ip).orElseThrow();
        assertThat(row.actorId()).isEqualTo(users.user("caseworker.astana").id());
        assertThat(row.actorName()).isEqualTo("caseworker.astana");
        assertThat(row.objectType()).isEqualTo("AUDIT_READ");
        assertThat(row.purpose()).isEqualTo("GET /audit");
        assertThat(row.outcome()).isEqualTo("DENIED");
    }

    @Test
    void aDenialOutsideTheUsersScopeNamesTheOrgUnit() {
        var caseworker = users.user("caseworker.astana");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new kz.tendik.identity.AccessPolicy.AccessDenied(caseworker.id(),
                    kz.tendik.identity.Action.DIRECTORY_MANAGE, kz.tendik.identity.OrgUnit.centre("KZ-75", 4242)));
            status.setRollbackOnly();
        });

        Row row = latest("access.denied", "object_id", "KZ-75/centre/4242").orElseThrow();
        assertThat(row.objectType()).isEqualTo("DIRECTORY_MANAGE");
        assertThat(row.actorId()).isEqualTo(caseworker.id());
    }
}
