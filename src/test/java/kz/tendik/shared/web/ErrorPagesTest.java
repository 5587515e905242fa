package kz.tendik.shared.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as a browser gets them from the running server (MockMvc does not render error pages). */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void unknownAndForbiddenPagesAreTranslatedErrorPages() throws Exception {
        signIn("analyst");
        // the user's saved language (English) wins over the browser's; ?lang= switches
        HttpResponse<String> missing = get("/no/such/page?lang=kk", "ru");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Бет табылмады").doesNotContain("Whitelabel").doesNotContain("Exception");

        HttpResponse<String> forbidden = get("/admin/users?lang=ru", "en");
        assertThat(forbidden.statusCode()).isIn(403, 404);
        assertThat(forbidden.body()).containsAnyOf("Доступ запрещён", "Страница не найдена");
    }

    @Test
    void anUnknownPublicPageIsAPortalPageWithTheQuickExitAndSetsNoCookie() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/help/no-such-page", "/help/centres/999999", "/help/pages/no-such-page")) {
            HttpResponse<String> missing = anonymous.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Accept-Language", "kk").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("lang=\"kk\"", "id=\"quick-exit\"", "Мұндай бет жоқ",
                    "class=\"portal-bottom\"");
            assertThat(missing.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private void signIn(String username) throws Exception {
        HttpResponse<String> login = get("/login", "en");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=tendik-demo-2026&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
