package kz.tendik.programs.cohort;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.tendik.programs.cohort.Problems.blank;
import static kz.tendik.programs.cohort.Problems.trim;

/** Programmes: define and change them, within the coordinator's org unit (a national one is for national staff). */
@Service
public class Programmes {

    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final String COLUMNS = """
            id, kind, name_kk, name_ru, name_en, goal_kk, goal_ru, goal_en, modules, eligibility, languages,
            region_code, active""";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ProgramsAudit audit;

    Programmes(JdbcClient jdbc, AccessPolicy policy, ProgramsAudit audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    static OrgUnit unit(String regionCode) {
        return regionCode == null ? OrgUnit.NATIONAL : OrgUnit.region(regionCode);
    }

    /** The programmes within the user's org unit, by name. */
    public List<Programme> visible(CurrentUser user) {
        policy.require(user, Action.PROGRAMME_MANAGE);
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme ORDER BY name_en, id").query(Programmes::map).list()
                .stream().filter(p -> user.orgUnit().contains(unit(p.regionCode()))).toList();
    }

    public Programme get(long id, CurrentUser user) {
        Programme p = find(id).orElseThrow(NotFoundException::new);
        policy.requireInScope(user, Action.PROGRAMME_MANAGE, unit(p.regionCode()));
        return p;
    }

    /** A programme as those who read programme results see it: they need no right to manage it. */
    public Programme forResults(long id, CurrentUser user) {
        policy.require(user, Action.PROGRAMME_RESULTS_READ);
        return find(id).orElseThrow(NotFoundException::new);
    }

    Optional<Programme> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme WHERE id = ?").param(id).query(Programmes::map).optional();
    }

    @Transactional
    public long create(ProgrammeDraft draft, CurrentUser user) {
        validate(draft);
        policy.requireInScope(user, Action.PROGRAMME_MANAGE, unit(region(draft)));
        long id = jdbc.sql("""
                        INSERT INTO programme (kind, name_kk, name_ru, name_en, goal_kk, goal_ru, goal_en, modules,
                                               eligibility, languages, region_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(values(draft)).query(Long.class).single();
        audit.record(user, "programme.create", "programme", id);
        return id;
    }

    @Transactional
    public void update(long id, ProgrammeDraft draft, CurrentUser user) {
        get(id, user);
        validate(draft);
        policy.requireInScope(user, Action.PROGRAMME_MANAGE, unit(region(draft)));
        List<Object> params = new java.util.ArrayList<>(values(draft));
        params.add(id);
        jdbc.sql("""
                UPDATE programme SET kind = ?, name_kk = ?, name_ru = ?, name_en = ?, goal_kk = ?, goal_ru = ?,
                       goal_en = ?, modules = ?, eligibility = ?, languages = ?, region_code = ?, updated_at = now()
                WHERE id = ?""").params(params).update();
        audit.record(user, "programme.update", "programme", id);
    }

    private static String region(ProgrammeDraft d) {
        return blank(d.regionCode()) ? null : d.regionCode().strip();
    }

    private static List<Object> values(ProgrammeDraft d) {
        return Arrays.asList(d.kind().name(), trim(d.nameKk()), trim(d.nameRu()), trim(d.nameEn()), trim(d.goalKk()),
                trim(d.goalRu()), trim(d.goalEn()), modules(d).toArray(String[]::new), trim(d.eligibility()),
                d.languages().stream().distinct().toArray(String[]::new), region(d));
    }

    static List<String> modules(ProgrammeDraft d) {
        return d.modules() == null ? List.of() : d.modules().stream().map(Problems::trim).filter(m -> !m.isEmpty()).toList();
    }

    private void validate(ProgrammeDraft d) {
        Problems p = new Problems();
        if (d.kind() == null) {
            p.add("kind", "validation.required");
        }
        name(p, "nameKk", d.nameKk());
        name(p, "nameRu", d.nameRu());
        name(p, "nameEn", d.nameEn());
        for (String goal : new String[] {"goalKk", "goalRu", "goalEn"}) {
            String value = switch (goal) {
                case "goalKk" -> d.goalKk();
                case "goalRu" -> d.goalRu();
                default -> d.goalEn();
            };
            if (value != null && value.length() > 2000) {
                p.add(goal, "programs.validation.tooLong", 2000);
            }
        }
        List<String> modules = modules(d);
        if (modules.size() > 100 || modules.stream().anyMatch(m -> m.length() > 200)) {
            p.add("modules", "programs.programme.modulesTooLong");
        }
        if (d.eligibility() != null && d.eligibility().length() > 2000) {
            p.add("eligibility", "programs.validation.tooLong", 2000);
        }
        if (d.languages() == null || d.languages().isEmpty()) {
            p.add("languages", "programs.programme.languagesRequired");
        } else if (!LANGUAGES.containsAll(d.languages())) {
            p.add("languages", "validation.invalidValue");
        }
        String region = region(d);
        if (region != null && !regionExists(region)) {
            p.add("regionCode", "programs.validation.unknownRegion");
        }
        p.throwIfAny();
    }

    private static void name(Problems p, String field, String value) {
        if (blank(value)) {
            p.add(field, "validation.required");
        } else if (value.strip().length() > 200) {
            p.add(field, "programs.validation.tooLong", 200);
        }
    }

    boolean regionExists(String code) {
        return jdbc.sql("SELECT count(*) FROM region WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    private static Programme map(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getLong("id"), ProgrammeKind.valueOf(rs.getString("kind")), rs.getString("name_kk"),
                rs.getString("name_ru"), rs.getString("name_en"), rs.getString("goal_kk"), rs.getString("goal_ru"),
                rs.getString("goal_en"), strings(rs.getArray("modules")), rs.getString("eligibility"),
                strings(rs.getArray("languages")), rs.getString("region_code"), rs.getBoolean("active"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
