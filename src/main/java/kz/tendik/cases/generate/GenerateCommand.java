package kz.tendik.cases.generate;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.identity.LoadTestStaff;
import kz.tendik.identity.OrgUnit;
import kz.tendik.shared.cli.TendikCommand;
import kz.tendik.shared.demo.DemoLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code tendik generate --survivors N --cases N --incidents N [--seed S]}: synthetic case data for load tests and
 * benchmarks, spread over the centres by their region's population, each centre with generated caseworker accounts
 * ({@code lt.c<centre>.cw<n>}, the demo password, about {@code --cases-per-caseworker} cases each) and supervisors
 * ({@code lt.c<centre>.sv<k>}), each supervising a team of up to {@value #TEAM_SIZE} of them. Only into a
 * database that holds the demo data set; all in one transaction; one audit entry with the counts. Exit 2 for bad
 * options (all named at once), 1 when the database is not a demo one.
 */
@Component
class GenerateCommand implements TendikCommand {

    static final int BAD_OPTIONS = 2;
    /** Caseworkers per generated supervisor's team (decision 0026: a supervisor reaches her team's cases). */
    static final int TEAM_SIZE = 8;

    private final CaseGenerator generator;
    private final LoadTestStaff staff;
    private final DemoLoader demo;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    GenerateCommand(CaseGenerator generator, LoadTestStaff staff, DemoLoader demo, AuditLog audit, JdbcClient jdbc,
                    PlatformTransactionManager transactions) {
        this.generator = generator;
        this.staff = staff;
        this.demo = demo;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "--survivors N --cases N --incidents N [--seed S] [--threads T] [--cases-per-caseworker K]"
                + "   synthetic cases for load tests (demo databases only)";
    }

    @Override
    public boolean takesOptions() {
        return true;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(arguments, new SecureRandom().nextLong(),
                    Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: tendik generate " + usage());
            return BAD_OPTIONS;
        }
        if (!demo.loaded()) {
            err.println("generate writes only into a database that holds the demo data set (accounts with the demo"
                    + " password are created): run it against the embedded database, or load the demo first.");
            return 1;
        }
        long started = System.nanoTime();
        CaseGenerator.Outcome outcome = transactions.execute(status -> {
            GenerationSpec spec = spec(options);
            CaseGenerator.Outcome result = generator.generate(spec, options.threads());
            audit.record(AuditRecord.success(null, "command-line", "case.generate", "case", null)
                    .withPurpose("survivors:" + result.of("survivor") + " cases:" + result.of("case_file")
                            + " incidents:" + result.of("incident") + " seed:" + options.seed()));
            return result;
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        double seconds = Math.max(0.001, took.toMillis() / 1000.0);
        out.printf("Generated %,d survivors, %,d cases, %,d incidents (%,d perpetrators) in %.1f s: %,.0f incidents/s,"
                        + " seed %d%n", outcome.of("survivor"), outcome.of("case_file"), outcome.of("incident"),
                outcome.of("perpetrator"), seconds, outcome.of("incident") / seconds, options.seed());
        out.println("Rows: " + outcome.rows().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        return 0;
    }

    /**
     * The centres of the directory weighted by their region's population (shared among the region's centres), each
     * with enough generated caseworkers for its expected share of the cases.
     */
    private GenerationSpec spec(GenerateOptions options) {
        Map<String, Integer> population = RegionPopulation.thousands();
        record Row(long id, String region, String locality) {
        }
        List<Row> rows = jdbc.sql("SELECT id, region_code, locality FROM centre ORDER BY id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<String, Long> perRegion = rows.stream().collect(Collectors.groupingBy(Row::region, Collectors.counting()));
        double total = rows.stream().mapToDouble(r -> population.getOrDefault(r.region(), 0)
                / (double) perRegion.get(r.region())).sum();
        SplittableRandom names = new SplittableRandom(options.seed());
        SplittableRandom supervisorNames = new SplittableRandom(options.seed() + 1);
        List<GenerationSpec.Centre> centres = new ArrayList<>();
        for (Row row : rows) {
            double weight = population.getOrDefault(row.region(), 0) / (double) perRegion.get(row.region());
            if (weight == 0) {
                continue;
            }
            int expected = (int) Math.ceil(options.cases() * weight / total);
            int workers = Math.max(1, (int) Math.ceil(expected / (double) options.casesPerCaseworker()));
            List<LoadTestStaff.Caseworker> wanted = new ArrayList<>();
            for (int n = 1; n <= workers; n++) {
                boolean kazakh = names.nextInt(4) > 0;
                String name = SyntheticPeople.fullName(names, Sex.FEMALE, kazakh).cyrillic();
                wanted.add(new LoadTestStaff.Caseworker("lt.c" + row.id() + ".cw" + n, name, kazakh ? "kk" : "ru"));
            }
            OrgUnit unit = OrgUnit.centre(row.region(), row.id());
            List<Long> ids = staff.ensureCaseworkers(unit, wanted);
            for (int from = 0, k = 1; from < ids.size(); from += TEAM_SIZE, k++) {
                boolean kazakh = supervisorNames.nextInt(4) > 0;
                String name = SyntheticPeople.fullName(supervisorNames, Sex.FEMALE, kazakh).cyrillic();
                staff.ensureSupervisor(unit, new LoadTestStaff.Supervisor("lt.c" + row.id() + ".sv" + k, name,
                        kazakh ? "kk" : "ru"), ids.subList(from, Math.min(ids.size(), from + TEAM_SIZE)));
            }
            centres.add(new GenerationSpec.Centre(row.id(), row.region(), row.locality(), ids, weight));
        }
        return new GenerationSpec(options.survivors(), options.cases(), options.incidents(), options.seed(), centres,
                GenerationSpec.Rates.archive(), 3);
    }
}
