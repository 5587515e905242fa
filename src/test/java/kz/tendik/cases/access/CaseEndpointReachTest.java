package kz.tendik.cases.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.cases.work.WorkSection;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.identity.Role;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every case-data endpoint ({@code /api/v1/cases/**}, {@code /api/v1/survivors/**}, {@code /cases/**}, taken from the
 * request mappings, so a new one is walked without anyone adding it here), called for one case X of the Astana centre
 * that has a record of every kind: a caseworker of the same centre not assigned to it, a supervisor and a manager of
 * another centre whose break-glass grant has expired, and every role without case access must get nothing of it; the
 * assigned caseworker (or, for a management step, the centre's manager) must get through. Pages are called as a
 * browser and as htmx. A body is read as text, PDF text or the XML inside an XLSX, and searched for what only case X
 * holds (its number, the survivor's name, IIN, phone and code, the narrative, a note and a task).
 */
@IntegrationTest
class CaseEndpointReachTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");
    private static final List<String> CASE_DATA = List.of("/api/v1/cases", "/api/v1/survivors", "/cases");
    /** The way in for a supervisor or manager without reach: asking for a new grant is not a hole. */
    private static final Set<String> BREAK_GLASS_DOORS = Set.of("POST /cases/break-glass",
            "POST /api/v1/cases/{id}/break-glass");
    /** Path variables that name case X or one of its records. */
    private static final Set<String> CASE_VARIABLES = Set.of("id", "incidentId", "measureId", "referralId", "followUpId");
    /** The lazily loaded forms of the case page ({@code ReferralPages}). */
    private static final List<String> LAZY_FORMS = List.of("referralForm", "serviceForm", "transferForm");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String UNASSIGNED = "caseworker.astana.unassigned";
    /** The caseworker who registered the survivor, opened case X and recorded on it, then was taken off it. */
    private static final String FORMER = "caseworker.astana.former";
    private static final String ASSIGNED = "caseworker.astana";
    private static final List<String> NO_CASE_ACCESS = List.of("admin", "coordinator.astana", "analyst", "programmes",
            "facilitator", "auditor");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccessPolicy policy;
    @Autowired
    RiskInstruments instruments;

    /** Case X and the ids and texts that are its alone. */
    record CaseX(long id, long survivorId, long incidentId, long measureId, long referralId, long followUpId,
                 String iin, List<String> markers) {
    }

    record Endpoint(String method, String pattern, Action action) {
        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** Whether the endpoint is about one case or survivor (else it lists, searches or creates). */
        boolean ofOneCase() {
            return variables().stream().anyMatch(CASE_VARIABLES::contains);
        }
    }

    record Call(Endpoint endpoint, String path, boolean htmx) {
        @Override
        public String toString() {
            return endpoint.method() + " " + path + (htmx ? " (htmx)" : "");
        }
    }

    private static CaseX x;

    @BeforeEach
    void caseX() throws Exception {
        ensureUser(UNASSIGNED, "CASEWORKER", "KZ-71");
        ensureUser(FORMER, "CASEWORKER", "KZ-71");
        ensureUser("supervisor.almaty.reach", "SUPERVISOR", "KZ-75");
        ensureUser("manager.almaty.reach", "CENTRE_MANAGER", "KZ-75");
        if (x == null) {
            x = newCaseX();
        }
    }

    @Test
    void everyCaseDataEndpointIsWalked() throws IOException {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::key)
                .contains("GET /cases/{id}", "GET /api/v1/cases/{id}", "GET /api/v1/survivors/{id}",
                        "POST /api/v1/cases/{id}/programme-referrals", "GET /cases/exports/incident-recorder",
                        "GET /cases/{id}/forms/{form}");
        assertThat(endpoints.size()).isGreaterThan(80);
        for (Endpoint e : endpoints) {
            assertThat(calls(e, x.id())).as(e.key()).isNotEmpty(); // fails on a path variable this test does not know
        }
    }

    @Test
    void aCaseworkerOfTheSameCentreNotAssignedGetsTheOutOfReachAnswerEverywhere() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of(UNASSIGNED, FORMER)) {
            for (Endpoint e : endpoints()) {
                for (Call call : calls(e, x.id())) {
                    refused(wrong, call, user, Role.CASEWORKER);
                }
            }
        }
        assertThat(wrong).as("answers to caseworkers of the same centre not (or no longer) assigned").isEmpty();
    }

    @Test
    void aCaseworkerNotAssignedCannotOpenANewCaseForTheSurvivorOfCaseXToReachHer() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM case_file WHERE survivor_id = ?").param(x.survivorId())
                .query(Long.class).single();
        for (String user : List.of(UNASSIGNED, FORMER)) {
            MockHttpServletResponse api = mvc.perform(post("/api/v1/cases").with(users.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"survivorId\": " + x.survivorId() + "}"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse();
            assertThat(JsonPath.<String>read(api.getContentAsString(), "$.errors[0].field")).isEqualTo("survivorId");
            assertThat(leaked(api)).isNull();
            MockHttpServletResponse page = mvc.perform(post("/cases/intake/open").with(users.as(user)).with(csrf())
                    .param("survivorId", String.valueOf(x.survivorId()))).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(400);
            assertThat(leaked(page)).isNull();
            mvc.perform(get("/api/v1/survivors/" + x.survivorId()).with(users.as(user))).andExpect(status().isNotFound());
            // the duplicate check still finds her (initials and case number, by design), without the way to open one
            String search = mvc.perform(get("/cases/intake").param("iin", x.iin()).with(users.as(user))
                    .locale(java.util.Locale.forLanguageTag("ru"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(search).contains("Попросите руководителя назначить вас на дело")
                    .doesNotContain("/cases/intake/open").doesNotContain(x.markers().get(0));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE survivor_id = ?").param(x.survivorId())
                .query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theRecordsOfCaseXAreOutOfReachThroughTheCaseworkersOwnCase() throws Exception {
        long own = CaseTestData.openCase(mvc, users, UNASSIGNED);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.variables().stream().noneMatch(v -> !v.equals("id") && CASE_VARIABLES.contains(v))) {
                continue; // only the endpoints that name a record of the case beside the case
            }
            for (Call call : calls(e, own)) {
                MockHttpServletResponse response = perform(call, UNASSIGNED);
                int status = response.getStatus();
                String leaked = leaked(response);
                if (status < 400 || status >= 500 || leaked != null) {
                    wrong.add(call + ": " + status + (leaked == null ? "" : " showing " + leaked));
                }
            }
        }
        assertThat(wrong).as("case X's records asked for under the caseworker's own case").isEmpty();
    }

    @Test
    void aSupervisorAndAManagerWhoseBreakGlassGrantExpiredAreRefusedAgain() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("supervisor.almaty.reach", "manager.almaty.reach")) {
            mvc.perform(post("/api/v1/cases/" + x.id() + "/break-glass").with(users.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Ночной звонок из полиции\"}"))
                    .andExpect(status().isCreated());
            mvc.perform(get("/api/v1/cases/" + x.id()).with(users.as(user))).andExpect(status().isOk());
            Instant now = Instant.now();
            jdbc.sql("UPDATE break_glass SET granted_at = ?, expires_at = ? WHERE case_id = ? AND user_id = ?")
                    .params(Timestamp.from(now.minus(Duration.ofHours(5))), Timestamp.from(now.minusSeconds(60)), x.id(),
                            users.user(user).id()).update();
            Role role = users.user(user).role();
            for (Endpoint e : endpoints()) {
                if (BREAK_GLASS_DOORS.contains(e.key())) {
                    continue;
                }
                for (Call call : calls(e, x.id())) {
                    refused(wrong, call, user, role);
                }
            }
        }
        assertThat(wrong).as("answers after the break-glass grant expired").isEmpty();
    }

    @Test
    void rolesWithoutCaseAccessGet403Everywhere() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String user : NO_CASE_ACCESS) {
            for (Endpoint e : endpoints()) {
                for (Call call : calls(e, x.id())) {
                    MockHttpServletResponse response = perform(call, user);
                    String leaked = leaked(response);
                    if (response.getStatus() != 403 || leaked != null) {
                        wrong.add(user + " " + call + ": " + response.getStatus() + (leaked == null ? "" : " showing " + leaked));
                    }
                }
            }
        }
        assertThat(wrong).as("answers to roles without case access").isEmpty();
    }

    @Test
    void theAssignedCaseworkerOrTheCentresManagerGetsThrough() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String user = policy.permits(Role.CASEWORKER, e.action()) ? ASSIGNED : "manager.astana";
            for (Call call : calls(e, x.id())) {
                int status = perform(call, user).getStatus();
                if (status == 401 || status == 403 || status == 404 || status >= 500) {
                    wrong.add(user + " " + call + ": " + status);
                }
            }
        }
        assertThat(wrong).as("refusals of the users who reach case X").isEmpty();
    }

    // ---- the checks

    /** Refused as out of reach (404) or, for an action the role never has, 403; never a trace of case X. */
    private void refused(List<String> wrong, Call call, String user, Role role) throws Exception {
        MockHttpServletResponse response = perform(call, user);
        int status = response.getStatus();
        String leaked = leaked(response);
        boolean permitted = policy.permits(role, call.endpoint().action());
        boolean ok;
        if (!permitted) {
            ok = status == 403;
        } else if (call.endpoint().ofOneCase()) {
            ok = status == 404;
        } else {
            ok = status < 500; // a list, search or create: it answers, but nothing of case X may be in it
        }
        if (!ok || leaked != null) {
            wrong.add(user + " " + call + ": " + status + (leaked == null ? "" : " showing " + leaked));
        }
    }

    /** The first of case X's own texts found in the answer (body, Location, file name), or null. */
    private String leaked(MockHttpServletResponse response) throws IOException {
        String text = text(response) + " " + response.getHeader("Location") + " "
                + response.getHeader("Content-Disposition") + " " + response.getHeader("HX-Redirect");
        return x.markers().stream().filter(text::contains).findFirst().orElse(null);
    }

    static String text(MockHttpServletResponse response) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        String type = String.valueOf(response.getContentType());
        if (type.startsWith(MediaType.APPLICATION_PDF_VALUE) && bytes.length > 0) {
            try (var pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') { // an XLSX workbook: every cell of every sheet
            StringBuilder cells = new StringBuilder();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
                for (Sheet sheet : workbook.getSheets().toList()) {
                    try (Stream<Row> rows = sheet.openStream()) {
                        rows.forEach(row -> row.forEach(cell -> cells.append(cell == null ? "" : cell.getText()).append('\t')));
                    }
                }
            }
            return cells.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse perform(Call call, String user) throws Exception {
        Endpoint e = call.endpoint();
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(e.method()), call.path())
                .with(users.as(user)).with(csrf());
        if (!e.method().equals("GET")) {
            if (e.api()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }
        if (call.htmx()) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    // ---- the endpoints

    private List<Endpoint> endpoints() {
        Map<String, Endpoint> found = new TreeMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Requires requires = entry.getValue().getMethodAnnotation(Requires.class);
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (CASE_DATA.stream().noneMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/"))) {
                        continue;
                    }
                    assertThat(requires).as(pattern + " has no @Requires").isNotNull();
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        Endpoint e = new Endpoint(method.name(), pattern, requires.value());
                        found.put(e.key(), e);
                    }
                }
            }
        });
        return List.copyOf(found.values());
    }

    /** The concrete calls of an endpoint for the case {@code caseId} (X's records otherwise); pages also as htmx. */
    private List<Call> calls(Endpoint e, long caseId) throws IOException {
        List<String> paths = List.of(e.pattern());
        for (String variable : e.variables()) {
            List<String> values = switch (variable) {
                case "id" -> List.of(String.valueOf(e.pattern().startsWith("/api/v1/survivors") ? x.survivorId() : caseId));
                case "incidentId" -> List.of(String.valueOf(x.incidentId()));
                case "measureId" -> List.of(String.valueOf(x.measureId()));
                case "referralId" -> List.of(String.valueOf(x.referralId()));
                case "followUpId" -> List.of(String.valueOf(x.followUpId()));
                case "section" -> Arrays.stream(WorkSection.values()).map(WorkSection::slug).toList();
                case "form" -> LAZY_FORMS;
                default -> List.of(); // unknown: no call, and everyCaseDataEndpointIsWalked fails
            };
            paths = paths.stream().flatMap(p -> values.stream().map(v -> p.replace("{" + variable + "}", v))).toList();
        }
        String query = sampleQueries().getOrDefault(e.key(), "");
        List<Call> calls = new ArrayList<>();
        for (String path : paths) {
            calls.add(new Call(e, path + query, false));
            if (!e.api()) {
                calls.add(new Call(e, path + query, true));
            }
        }
        return calls;
    }

    /** The query string of the sample path in permissions/cases.csv (the parameters an export needs). */
    private static Map<String, String> sampleQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource("permissions/cases.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] cells = line.split(",");
                if (!line.startsWith("#") && cells.length > 3 && cells[3].contains("?")) {
                    queries.put(cells[0].trim() + " " + cells[1].trim(), cells[3].substring(cells[3].indexOf('?')).trim());
                }
            }
        }
        return queries;
    }

    // ---- the data

    private void ensureUser(String username, String role, String region) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, scope_level, region_code, centre_id)
                SELECT ?, 'Тест Қызметкер', 'not-a-hash', ?, 'CENTRE', ?, min(id) FROM centre WHERE region_code = ?
                ON CONFLICT DO NOTHING""").params(username, role, region, region).update();
    }

    /**
     * Case X: the survivor registered and the case opened by {@link #FORMER}, who records a piece of every kind on it
     * (the system's tasks go to her), then the centre's manager gives the case to {@link #ASSIGNED} alone.
     */
    private CaseX newCaseX() throws Exception {
        CaseTestData.Person p = CaseTestData.person();
        String tag = p.surname();
        long survivorId = id(create("/api/v1/survivors", CaseTestData.survivorJson(p)));
        String opened = create("/api/v1/cases", "{\"survivorId\": " + survivorId + "}");
        long caseId = id(opened);
        String caseNumber = JsonPath.read(opened, "$.caseNumber");
        String base = "/api/v1/cases/" + caseId;
        String narrative = "Рассказ " + tag + " о ночи";
        long incidentId = id(create(base + "/incidents", """
                {"incidentDate": "2026-03-01", "reportDate": "2026-04-15", "timeOfDay": "MORNING",
                 "regionCode": "KZ-71", "locationType": "SHARED_HOME", "narrative": "%s",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40"}]}"""
                .formatted(narrative)));
        String answers = instruments.standard().questions().stream().map(q -> "\"" + q.code() + "\": \"YES\"")
                .collect(Collectors.joining(", "));
        create(base + "/risk-assessments", "{\"answers\": {" + answers + "}}");
        long measureId = id(create(base + "/protective-measures",
                "{\"type\": \"PROTECTIVE_ORDER\", \"startsAt\": \"" + LocalDate.now(KZ).minusDays(2) + "T09:00\"}"));
        create(base + "/protective-measures/" + measureId + "/breaches", "{\"occurredOn\": \"" + LocalDate.now(KZ) + "\"}");
        String note = "Заметка " + tag;
        create(base + "/notes", "{\"text\": \"" + note + "\"}");
        String task = "Позвонить " + tag;
        long followUpId = id(create(base + "/follow-ups", "{\"title\": \"%s\", \"dueOn\": \"2026-01-05\", \"assignedTo\": %d}"
                .formatted(task, users.user(FORMER).id())));
        for (ReferralPurpose purpose : ReferralPurpose.values()) {
            create(base + "/consents", "{\"purpose\": \"REFERRAL\", \"referralTo\": \"" + purpose + "\", \"given\": true}");
        }
        for (String purpose : List.of("TRANSFER", "PROGRAMME")) {
            create(base + "/consents", "{\"purpose\": \"" + purpose + "\", \"given\": true}");
        }
        long provider = jdbc.sql("SELECT min(id) FROM service_provider WHERE region_code = 'KZ-71' AND active")
                .query(Long.class).single();
        long referralId = id(create(base + "/referrals", "{\"providerId\": " + provider + "}"));
        mvc.perform(request(HttpMethod.PUT, base + "/safety-plan").with(users.as(FORMER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": 0, "safeContacts": "Сестра %s", "safePlaces": "Кризисный центр", "codeWord": "алма",
                         "documentsReady": "Паспорт", "childrenPlan": "Школа", "safeChannels": "WhatsApp"}""".formatted(tag)))
                .andExpect(status().isOk());
        int version = JsonPath.read(mvc.perform(get(base).with(users.as(FORMER))).andReturn().getResponse()
                .getContentAsString(), "$.version");
        mvc.perform(request(HttpMethod.PUT, base).with(users.as("manager.astana")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": %d, \"caseworkerIds\": [%d]}"
                        .formatted(version, users.user(ASSIGNED).id()))).andExpect(status().isOk());
        List<String> markers = List.of(tag, p.iin(), p.phone(), p.phone().replace(" ", ""), narrative, note, task,
                caseNumber, "S%06d".formatted(survivorId));
        return new CaseX(caseId, survivorId, incidentId, measureId, referralId, followUpId, p.iin(), markers);
    }

    private String create(String path, String json) throws Exception {
        return mvc.perform(post(path).with(users.as(FORMER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
