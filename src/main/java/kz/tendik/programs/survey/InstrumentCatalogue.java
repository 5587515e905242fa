package kz.tendik.programs.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every instrument a survey round may use: the shipped ones ({@link SurveyInstruments}, files) and the custom ones
 * coordinators write ({@code survey_instrument}, the same JSON form). A custom instrument is saved as a draft
 * version, which may be replaced until it is published; a published version never changes (the database refuses
 * it too), and changing it makes the next version. Rounds use published versions only.
 */
@Service
public class InstrumentCatalogue {

    static final int MAX_ITEMS = 40;
    static final int MAX_BANDS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SurveyInstruments shipped;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final SurveyAudit audit;

    InstrumentCatalogue(SurveyInstruments shipped, JdbcClient jdbc, AccessPolicy policy, SurveyAudit audit) {
        this.shipped = shipped;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /** A custom instrument version as listed: whether it is published (final) or still a draft. */
    public record CustomVersion(SurveyInstrument instrument, boolean published) {
    }

    /** A shipped or published custom instrument version. */
    public Optional<SurveyInstrument> find(String code, int version) {
        return shipped.find(code, version).or(() -> custom(code, version).filter(CustomVersion::published)
                .map(CustomVersion::instrument));
    }

    /** The latest shipped or published version of an instrument. */
    public Optional<SurveyInstrument> latest(String code) {
        return shipped.latest(code).or(() -> jdbc.sql("""
                        SELECT max(version) FROM survey_instrument WHERE code = ? AND published""").param(code)
                .query(Integer.class).optional().flatMap(v -> find(code, v)));
    }

    /** The latest version of every instrument a round may use: shipped first, then custom by code. */
    public List<SurveyInstrument> available() {
        Map<String, SurveyInstrument> latest = new LinkedHashMap<>();
        shipped.all().forEach(i -> latest.merge(i.code(), i, (a, b) -> a.version() >= b.version() ? a : b));
        jdbc.sql("SELECT DISTINCT code FROM survey_instrument WHERE published ORDER BY code").query(String.class).list()
                .forEach(code -> latest(code).ifPresent(i -> latest.put(code, i)));
        return List.copyOf(latest.values());
    }

    /** Every custom version, drafts included, by code then version. */
    public List<CustomVersion> customVersions(CurrentUser user) {
        policy.require(user, Action.PROGRAMME_MANAGE);
        return jdbc.sql("SELECT definition::text, published FROM survey_instrument ORDER BY code, version")
                .query((rs, n) -> new CustomVersion(parse(rs.getString(1)), rs.getBoolean(2))).list();
    }

    /** Every version there is: the shipped ones (always final), then the custom ones, drafts included. */
    public List<CustomVersion> listing(CurrentUser user) {
        List<CustomVersion> all = new ArrayList<>(shipped.all().stream().map(i -> new CustomVersion(i, true)).toList());
        all.addAll(customVersions(user));
        return all;
    }

    private Optional<CustomVersion> custom(String code, int version) {
        return jdbc.sql("SELECT definition::text, published FROM survey_instrument WHERE code = ? AND version = ?")
                .params(code, version)
                .query((rs, n) -> new CustomVersion(parse(rs.getString(1)), rs.getBoolean(2))).optional();
    }

    /**
     * Saves a custom instrument as a draft: it replaces the code's draft if there is one, otherwise it becomes the
     * next version. Refused whole, every wrong field named, when invalid.
     */
    @Transactional
    public SurveyInstrument saveDraft(InstrumentDraft d, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_MANAGE);
        List<UserInputException.FieldProblem> problems = new ArrayList<>();
        String code = d.code() == null ? "" : d.code().strip();
        if (code.isEmpty()) {
            problems.add(new UserInputException.FieldProblem("code", "validation.required"));
        } else if (!code.matches("[a-z0-9-]{1,40}")) {
            problems.add(new UserInputException.FieldProblem("code", "programs.instrument.codeFormat"));
        } else if (shipped.latest(code).isPresent()) {
            problems.add(new UserInputException.FieldProblem("code", "programs.instrument.codeTaken"));
        }
        required(problems, "titleKk", d.titleKk(), 200);
        required(problems, "titleRu", d.titleRu(), 200);
        required(problems, "titleEn", d.titleEn(), 200);
        if (d.scale() == null) {
            problems.add(new UserInputException.FieldProblem("scale", "validation.required"));
        }
        List<InstrumentDraft.Item> items = d.items() == null ? List.of()
                : d.items().stream().filter(i -> i != null && !i.isEmpty()).toList();
        if (items.isEmpty()) {
            problems.add(new UserInputException.FieldProblem("items", "programs.instrument.noItems"));
        } else if (items.size() > MAX_ITEMS) {
            problems.add(new UserInputException.FieldProblem("items", "programs.instrument.tooManyItems", MAX_ITEMS));
        }
        for (int i = 0; i < items.size(); i++) {
            required(problems, "items[" + i + "].kk", items.get(i).kk(), 500);
            required(problems, "items[" + i + "].ru", items.get(i).ru(), 500);
            required(problems, "items[" + i + "].en", items.get(i).en(), 500);
        }
        List<InstrumentDraft.BandLine> bands = d.bands() == null ? List.of()
                : d.bands().stream().filter(b -> b != null && !b.isEmpty()).toList();
        if (bands.isEmpty()) {
            problems.add(new UserInputException.FieldProblem("bands", "programs.instrument.noBands"));
        } else if (bands.size() > MAX_BANDS) {
            problems.add(new UserInputException.FieldProblem("bands", "programs.instrument.tooManyBands", MAX_BANDS));
        }
        Double previous = null;
        int lowest = d.scale() == null ? 0 : d.scale().lowest() * items.size();
        int highest = d.scale() == null ? 0 : d.scale().highest() * items.size();
        for (int i = 0; i < bands.size(); i++) {
            InstrumentDraft.BandLine b = bands.get(i);
            String field = "bands[" + i + "].from";
            if (b.from() == null || !Double.isFinite(b.from())) {
                problems.add(new UserInputException.FieldProblem(field, "validation.required"));
            } else if (d.scale() != null && !items.isEmpty()
                    && ((i == 0 && b.from() != lowest) || (i > 0 && (b.from() <= lowest || b.from() > highest)))) {
                problems.add(new UserInputException.FieldProblem(field, "programs.instrument.bandRange", lowest, highest));
            } else if (previous != null && b.from() <= previous) {
                problems.add(new UserInputException.FieldProblem(field, "programs.instrument.bandsRise"));
            }
            previous = b.from() == null ? previous : b.from();
            required(problems, "bands[" + i + "].kk", b.kk(), 200);
            required(problems, "bands[" + i + "].ru", b.ru(), 200);
            required(problems, "bands[" + i + "].en", b.en(), 200);
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('survey_instrument:' || ?))").param(code).query(Object.class).list();
        Optional<Integer> draftVersion = jdbc.sql("SELECT version FROM survey_instrument WHERE code = ? AND NOT published")
                .param(code).query(Integer.class).optional();
        int version = draftVersion.orElseGet(() -> jdbc.sql(
                "SELECT coalesce(max(version), 0) + 1 FROM survey_instrument WHERE code = ?").param(code)
                .query(Integer.class).single());
        String json = JSON.writeValueAsString(definition(d, code, version, items, bands));
        SurveyInstrument instrument = parse(json);
        if (draftVersion.isPresent()) {
            jdbc.sql("UPDATE survey_instrument SET definition = ?::jsonb, created_by = ?, created_at = now() "
                    + "WHERE code = ? AND version = ?").params(json, user.id(), code, version).update();
        } else {
            jdbc.sql("INSERT INTO survey_instrument (code, version, definition, created_by) VALUES (?, ?, ?::jsonb, ?)")
                    .params(code, version, json, user.id()).update();
        }
        audit.record(user, "survey.instrument.save", "survey_instrument", code + "/" + version);
        return instrument;
    }

    /** Publishes a draft version: from now on it never changes and rounds may use it. */
    @Transactional
    public SurveyInstrument publish(String code, int version, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_MANAGE);
        CustomVersion v = custom(code, version).orElseThrow(NotFoundException::new);
        if (v.published()) {
            throw new UserInputException("version", "programs.instrument.alreadyPublished");
        }
        jdbc.sql("UPDATE survey_instrument SET published = TRUE, published_at = now() WHERE code = ? AND version = ?")
                .params(code, version).update();
        audit.record(user, "survey.instrument.publish", "survey_instrument", code + "/" + version);
        return v.instrument();
    }

    /** A version for display, draft or not (the coordinators' list). */
    public CustomVersion customVersion(String code, int version, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_MANAGE);
        return shipped.find(code, version).map(i -> new CustomVersion(i, true))
                .or(() -> custom(code, version)).orElseThrow(NotFoundException::new);
    }

    private static Map<String, Object> definition(InstrumentDraft d, String code, int version,
                                                  List<InstrumentDraft.Item> items, List<InstrumentDraft.BandLine> bands) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("code", code);
        def.put("version", version);
        def.put("title", text(d.titleKk(), d.titleRu(), d.titleEn()));
        def.put("source", "Custom instrument written in Tendik.");
        def.put("answerSets", Map.of("scale", d.scale().options().stream().map(o -> Map.of("value", o.value(),
                "text", text(o.text().kk(), o.text().ru(), o.text().en()))).toList()));
        List<Map<String, Object>> itemList = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InstrumentDraft.Item item = items.get(i);
            itemList.add(Map.of("code", "q" + (i + 1), "type", "CHOICE", "answers", "scale",
                    "reverseScored", Boolean.TRUE.equals(item.reverseScored()),
                    "text", text(item.kk(), item.ru(), item.en())));
        }
        def.put("items", itemList);
        List<Map<String, Object>> bandList = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            InstrumentDraft.BandLine b = bands.get(i);
            bandList.add(Map.of("code", "band-" + (i + 1), "from", b.from(), "label", text(b.kk(), b.ru(), b.en())));
        }
        def.put("scoring", Map.of("method", "SUM", "bands", bandList));
        return def;
    }

    private static Map<String, String> text(String kk, String ru, String en) {
        return Map.of("kk", kk.strip(), "ru", ru.strip(), "en", en.strip());
    }

    private static void required(List<UserInputException.FieldProblem> problems, String field, String value, int max) {
        if (InstrumentDraft.blank(value)) {
            problems.add(new UserInputException.FieldProblem(field, "validation.required"));
        } else if (value.strip().length() > max) {
            problems.add(new UserInputException.FieldProblem(field, "programs.validation.tooLong", max));
        }
    }

    static SurveyInstrument parse(String json) {
        return SurveyInstruments.read(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "custom instrument"));
    }
}
