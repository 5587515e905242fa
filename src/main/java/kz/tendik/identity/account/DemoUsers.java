package kz.tendik.identity.account;

import java.util.List;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.admin.SupervisionStore;
import kz.tendik.shared.demo.DemoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role (two caseworkers in two cities, to show scope), all with the demo password
 * and two-factor not yet enrolled. The Astana supervisor supervises the Astana caseworker (decision 0026).
 */
@Component
class DemoUsers implements DemoContributor {

    private static final String ASTANA = "KZ-71";
    private static final String ALMATY = "KZ-75";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final SupervisionStore supervision;
    private final String password;

    DemoUsers(UserAccounts accounts, PasswordEncoder passwords, JdbcClient jdbc, SupervisionStore supervision,
              @Value("${tendik.demo.password}") String password) {
        this.accounts = accounts;
        this.supervision = supervision;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.password = password;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> logins() {
        return List.of("admin", "manager.astana", "supervisor.astana", "caseworker.astana", "caseworker.almaty",
                "coordinator.astana", "analyst", "programmes", "facilitator", "auditor");
    }

    @Override
    public void load() {
        String hash = passwords.encode(password);
        OrgUnit astanaCentre = OrgUnit.centre(ASTANA, firstCentre(ASTANA));
        OrgUnit almatyCentre = OrgUnit.centre(ALMATY, firstCentre(ALMATY));
        create("admin", "Айгерім Сапарова", hash, Role.ADMIN, OrgUnit.NATIONAL, "ru");
        create("manager.astana", "Гүлнар Жақсылықова", hash, Role.CENTRE_MANAGER, astanaCentre, "kk");
        create("supervisor.astana", "Елена Ким", hash, Role.SUPERVISOR, astanaCentre, "ru");
        create("caseworker.astana", "Динара Оспанова", hash, Role.CASEWORKER, astanaCentre, "kk");
        create("caseworker.almaty", "Мария Иванова", hash, Role.CASEWORKER, almatyCentre, "ru");
        create("coordinator.astana", "Асель Нұрланқызы", hash, Role.REGIONAL_COORDINATOR, OrgUnit.region(ASTANA), "kk");
        create("analyst", "Timur Bekov", hash, Role.NATIONAL_ANALYST, OrgUnit.NATIONAL, "en");
        create("programmes", "Жанар Әбдірахманова", hash, Role.PROGRAMME_COORDINATOR, OrgUnit.NATIONAL, "kk");
        create("facilitator", "Сәуле Төлеуова", hash, Role.FACILITATOR, OrgUnit.region(ALMATY), "ru");
        create("auditor", "Ерлан Мұратов", hash, Role.AUDITOR, OrgUnit.NATIONAL, "ru");
        supervision.add(id("supervisor.astana"), id("caseworker.astana"), null, java.time.Instant.now());
    }

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    private void create(String username, String name, String hash, Role role, OrgUnit unit, String language) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, name, hash, role, unit, language);
        }
    }

    /** The demo centres come from the directory's part of the demo set, which runs first. */
    private long firstCentre(String regionCode) {
        return jdbc.sql("SELECT min(id) FROM centre WHERE region_code = ?").param(regionCode).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("demo directory has no centre in " + regionCode));
    }
}
