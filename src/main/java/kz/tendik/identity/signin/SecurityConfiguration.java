package kz.tendik.identity.signin;

import java.util.Arrays;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.UserSignedOut;
import kz.tendik.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import kz.tendik.identity.token.ApiTokens;
import kz.tendik.identity.token.BearerTokenFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.util.Map;

/**
 * Two filter chains. {@code /api/**} is stateless: a Bearer token (hashed in the database) or nothing; errors
 * are problem details. Everything else is the web application: form login with two-factor, sessions in
 * PostgreSQL, CSRF tokens on every form, and strict headers (CSP without inline scripts, no framing).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String SESSION_COOKIE = "TENDIK_SESSION";
    private static final String[] ROLES = Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over TLS. */
    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    @Bean
    AuthenticationManager authenticationManager(StaffAuthentication staff) {
        return new ProviderManager(staff);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookies authenticate here: only the Authorization header
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // open data (indicators module): read-only, published aggregates; stateless like all of /api
                        .requestMatchers(HttpMethod.GET, "/api/v1/open/**").permitAll()
                        .anyRequest().hasAnyRole(ROLES))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignInFlow signInFlow, SignInFailure failure,
                            ApplicationEventPublisher events) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login/two-factor").hasAuthority(SignInFlow.CODE_PENDING)
                        .requestMatchers("/account/two-factor", "/account/two-factor/**")
                                .hasAnyAuthority(withRoles(SignInFlow.ENROLMENT_PENDING))
                        .requestMatchers(HttpMethod.GET, "/help", "/help/**").permitAll() // the public portal
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(LoopbackOnly.INSTANCE)
                        .anyRequest().hasAnyRole(ROLES))
                .formLogin(f -> f.loginPage("/login").successHandler(signInFlow).failureHandler(failure).permitAll())
                // someone who types the bare address without being signed in is most likely looking for help:
                // the public portal, with its quick exit, rather than a staff login form
                .exceptionHandling(e -> e.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(new LoginUrlAuthenticationEntryPoint("/help"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE)
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                                events.publishEvent(new UserSignedOut(user.id(), user.getUsername()));
                            }
                        }))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    private static String[] withRoles(String authority) {
        String[] all = new String[ROLES.length + 1];
        for (int i = 0; i < ROLES.length; i++) {
            all[i] = "ROLE_" + ROLES[i];
        }
        all[ROLES.length] = authority;
        return all;
    }
}
