package kz.tendik.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.identity.web.TestAccounts.from;

/**
 * Keeps cookies between MockMvc requests like a browser: sessions live in PostgreSQL (Spring Session), found by
 * the session cookie, so a MockHttpSession would not carry a sign-in from one request to the next.
 */
final class Browser {

    private final MockMvc mvc;
    private final String ip;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvc mvc, String ip) {
        this.mvc = mvc;
        this.ip = ip;
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        ResultActions result = mvc.perform(request.with(from(ip)));
        for (Cookie cookie : result.andReturn().getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
