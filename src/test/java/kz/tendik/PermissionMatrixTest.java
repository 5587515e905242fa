package kz.tendik;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.identity.Role;
import kz.tendik.identity.token.ApiTokens;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every HTTP endpoint of the application, taken from the request mappings, called as an anonymous visitor and
 * as each of the nine roles, against the expected outcome in {@code permissions/*.csv}. An endpoint without a
 * line there fails the build, as does a line for an endpoint that no longer exists. Runs in a transaction that
 * is rolled back, so the calls change nothing.
 */
@IntegrationTest
@Transactional
class PermissionMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Map<Role, String> DEMO_USER = Map.of(
            Role.ADMIN, "admin", Role.CENTRE_MANAGER, "manager.astana", Role.SUPERVISOR, "supervisor.astana",
            Role.CASEWORKER, "caseworker.astana", Role.REGIONAL_COORDINATOR, "coordinator.astana",
            Role.NATIONAL_ANALYST, "analyst", Role.PROGRAMME_COORDINATOR, "programmes", Role.FACILITATOR, "facilitator",
            Role.AUDITOR, "auditor");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ApplicationContext context;

    record Rule(String method, String pattern, String who, String sample) {
        String key() {
            return method + " " + pattern;
        }

        boolean anonymousAllowed() {
            return who.equals("ANYONE");
        }

        boolean allows(Role role) {
            return switch (who) {
                case "ANYONE", "SIGNED_IN" -> true;
                case "NONE" -> false;
                default -> Set.of(who.split("\\|")).contains(role.name());
            };
        }
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() throws IOException {
        Set<String> endpoints = endpoints();
        Set<String> ruled = new TreeSet<>(rules().keySet());
        assertThat(new TreeSet<>(endpoints)).as("endpoints without a line in permissions/*.csv")
                .isSubsetOf(ruled);
        assertThat(ruled).as("lines in permissions/*.csv for endpoints that do not exist").isSubsetOf(endpoints);
    }

    @Test
    void everyRoleGetsExactlyTheAccessTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules().values()) {
            String path = rule.sample() != null ? rule.sample() : VARIABLE.matcher(rule.pattern()).replaceAll("1");
            boolean api = path.startsWith("/api/");
            check(wrong, rule, "anonymous", call(rule.method(), path, null, null, api), rule.anonymousAllowed());
            for (Role role : EnumSet.allOf(Role.class)) {
                MockHttpServletResponse response = call(rule.method(), path, role, api ? freshToken(role) : null, api);
                check(wrong, rule, role.name(), response, rule.allows(role));
            }
        }
        assertThat(wrong).as("endpoint × role outcomes that differ from the matrix").isEmpty();
    }

    /** A new token for every call: an endpoint may revoke the token it was called with. */
    private String freshToken(Role role) {
        long userId = users.user(DEMO_USER.get(role)).id();
        return tokens.issue(userId, ApiTokens.Kind.SESSION, null, java.time.Duration.ofMinutes(10)).token();
    }

    private MockHttpServletResponse call(String method, String path, Role role, String token, boolean api) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.with(csrf());
            if (api) {
                request.contentType("application/json").content("{}");
            }
        }
        if (role != null) {
            if (api) {
                request.header("Authorization", "Bearer " + token);
            } else {
                request.with(users.as(DEMO_USER.get(role)));
            }
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void check(List<String> wrong, Rule rule, String who, MockHttpServletResponse response, boolean allowed) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        boolean refused = status == 401 || status == 403
                || (status == 302 && location != null && (location.endsWith("/login") || location.endsWith("/help")));
        if (allowed == refused) {
            wrong.add(rule.key() + " as " + who + ": expected " + (allowed ? "allowed" : "refused") + ", got " + status);
        }
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                String type = entry.getValue().getBeanType().getName();
                if (type.startsWith("org.springframework.boot")) {
                    continue; // the error controller only renders errors
                }
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        return endpoints;
    }

    static Map<String, Rule> rules() throws IOException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:permissions/*.csv");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(",");
                    Rule rule = new Rule(cells[0].trim(), cells[1].trim(), cells[2].trim(),
                            cells.length > 3 ? cells[3].trim() : null);
                    if (rules.put(rule.key(), rule) != null) {
                        throw new IllegalStateException("two lines for " + rule.key() + " in " + file.getFilename());
                    }
                }
            }
        }
        return rules;
    }
}
