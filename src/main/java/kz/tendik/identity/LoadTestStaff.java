package kz.tendik.identity;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.admin.SupervisionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Caseworker and supervisor accounts for generated (load-test) data: created once with the demo password, so that a
 * load test can sign in as the caseworkers who own the generated cases, or as the supervisors whose teams they form. Only for databases that hold the demo data set: the
 * caller ({@code tendik generate}) refuses any other. The password is hashed once (Argon2id is slow on purpose) and the hash shared by these accounts.
 */
@Service
public class LoadTestStaff {

    /** What one account is: the sign-in name, the name shown and the interface language. */
    public record Caseworker(String username, String displayName, String language) {
    }

    /** A supervisor account to create: the sign-in name, the name shown and the interface language. */
    public record Supervisor(String username, String displayName, String language) {
    }

    private final UserAccounts accounts;
    private final SupervisionStore supervision;
    private final PasswordEncoder passwords;
    private final String password;
    private volatile String hash;

    LoadTestStaff(UserAccounts accounts, SupervisionStore supervision, PasswordEncoder passwords,
                  @Value("${tendik.demo.password}") String password) {
        this.accounts = accounts;
        this.supervision = supervision;
        this.passwords = passwords;
        this.password = password;
    }

    /** The ids of these caseworkers of the centre, in the given order; missing accounts are created. */
    public List<Long> ensureCaseworkers(OrgUnit centre, List<Caseworker> caseworkers) {
        if (centre.level() != OrgUnit.Level.CENTRE) {
            throw new IllegalArgumentException("caseworkers belong to a centre");
        }
        List<Long> ids = new ArrayList<>(caseworkers.size());
        for (Caseworker c : caseworkers) {
            var existing = accounts.findByUsername(c.username());
            if (existing.isPresent()) {
                ids.add(existing.map(UserAccount::id).orElseThrow());
                continue;
            }
            ids.add(accounts.create(c.username(), c.displayName(), hash(), Role.CASEWORKER, centre, c.language()));
        }
        return ids;
    }

    /**
     * The id of the centre's supervisor of this name (created if missing), whose team then includes these
     * caseworkers of the centre (decision 0026: a supervisor reaches her team's cases).
     */
    public long ensureSupervisor(OrgUnit centre, Supervisor supervisor, List<Long> team) {
        if (centre.level() != OrgUnit.Level.CENTRE) {
            throw new IllegalArgumentException("supervisors of a team belong to a centre");
        }
        long id = accounts.findByUsername(supervisor.username()).map(UserAccount::id)
                .orElseGet(() -> accounts.create(supervisor.username(), supervisor.displayName(), hash(),
                        Role.SUPERVISOR, centre, supervisor.language()));
        java.time.Instant now = java.time.Instant.now();
        for (long caseworker : team) {
            supervision.add(id, caseworker, null, now);
        }
        return id;
    }

    private String hash() {
        if (hash == null) {
            hash = passwords.encode(password);
        }
        return hash;
    }
}
