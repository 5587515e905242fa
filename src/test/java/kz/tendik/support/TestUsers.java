package kz.tendik.support;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.account.UserAccounts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs MockMvc requests in as a demo user (the session then holds the user exactly as after a real sign-in). */
@TestComponent
public class TestUsers {

    private final UserAccounts accounts;

    TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public CurrentUser user(String username) {
        CurrentUser user = accounts.findByUsername(username).orElseThrow().toCurrentUser();
        user.eraseCredentials();
        return user;
    }

    /** {@code mvc.perform(get("/").with(users.as("caseworker.astana")))} */
    public RequestPostProcessor as(String username) {
        CurrentUser user = user(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
