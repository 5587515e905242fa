package kz.tendik.identity.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh accounts for tests that sign in for real (unique names, so tests do not share state). */
final class TestAccounts {

    static final String PASSWORD = "Velvet-Kettle-Orbit-77";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    TestAccounts(UserAccounts accounts, PasswordEncoder passwords, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    static String uniqueName(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    long centreIn(String regionCode) {
        return jdbc.sql("SELECT min(id) FROM centre WHERE region_code = ?").param(regionCode).query(Long.class).single();
    }

    String create(String prefix, Role role, OrgUnit unit) {
        String username = uniqueName(prefix);
        accounts.create(username, "Test " + prefix, passwords.encode(PASSWORD), role, unit, "en");
        return username;
    }

    String caseworker() {
        return create("cw", Role.CASEWORKER, OrgUnit.centre("KZ-71", centreIn("KZ-71")));
    }

    String analyst() {
        return create("an", Role.NATIONAL_ANALYST, OrgUnit.NATIONAL);
    }

    long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    /** A client address of its own, so that per-address throttling in one test does not touch another. */
    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** The code an authenticator app shows now for the secret. */
    static String totp(String secret) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String first(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not found in page: " + regex);
        }
        return matcher.group(1);
    }
}
