package kz.tendik.cases.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import kz.tendik.cases.generate.GenerationSpec.Centre;
import kz.tendik.cases.measure.MeasureExpiry;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.shared.crypto.FieldCipher;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.GeometricDistribution;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes synthetic survivors, cases and incidents (and their consents, timeline, risk assessments, safety plans,
 * measures, follow-ups and notes) straight into the tables with {@code COPY}, encrypted and indexed exactly as the
 * application does (the same {@link FieldCipher}, blind indexes and associated data, so the application opens
 * them). Work goes in batches: the calling thread plans a batch (counts, centres, case numbers, ids reserved from
 * the sequences) and copies finished batches in order, while a pool builds the next ones (drawing and encrypting).
 * The caller's transaction holds everything: a failure leaves nothing behind. Ids are reserved by moving the
 * sequences forward, so nobody else should insert into these tables while it runs.
 */
@Component
public class CaseGenerator {

    static final int BATCH_CASES = 1_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final SurvivorStore survivors;
    private final RiskInstruments instruments;
    private final MeasureExpiry expiry;
    private final Clock clock;
    private final ZoneId zone;

    CaseGenerator(DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, SurvivorStore survivors,
                  RiskInstruments instruments, MeasureExpiry expiry, Clock clock,
                  @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.survivors = survivors;
        this.instruments = instruments;
        this.expiry = expiry;
        this.clock = clock;
        this.zone = zone;
    }

    /** Rows written per table. */
    public record Outcome(Map<String, Long> rows) {
        public long of(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    /** Generates what the spec asks for, in the caller's transaction, using up to {@code threads} builders. */
    Outcome generate(GenerationSpec spec, int threads) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("generate runs inside a transaction, so that a failure leaves nothing");
        }
        Context context = new Context(spec, LocalDate.now(clock.withZone(zone)), clock.instant(), zone, cipher,
                survivors, instruments.standard(), expiry, ConcurrentHashMap.newKeySet());
        Planner planner = new Planner(spec, context.today(), counters());
        Map<String, Long> rows = new java.util.TreeMap<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "case-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Deque<Future<BatchBuilder.Built>> building = new ArrayDeque<>();
            for (int b = 0; b < planner.batches(); b++) {
                BatchPlan plan = planner.plan(b, this::reserve);
                building.add(pool.submit(() -> new BatchBuilder(context, plan).build()));
                if (building.size() > threads) {
                    write(copy, building.poll().get(), rows);
                }
            }
            while (!building.isEmpty()) {
                write(copy, building.poll().get(), rows);
            }
            storeCounters(planner.counters());
            return new Outcome(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the case tables failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The shared, read-only things every batch builder uses. */
    record Context(GenerationSpec spec, LocalDate today, Instant now, ZoneId zone, FieldCipher cipher,
                   SurvivorStore survivors, kz.tendik.cases.risk.RiskInstrument instrument, MeasureExpiry expiry,
                   Set<String> iins) {
    }

    private void write(CopyManager copy, BatchBuilder.Built built, Map<String, Long> rows) throws SQLException {
        for (BatchBuilder.Table table : built.tables()) {
            if (table.rows().rows() == 0) {
                continue;
            }
            try {
                copy.copyIn("COPY " + table.target() + " FROM STDIN", new StringReader(table.rows().text()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.merge(table.name(), (long) table.rows().rows(), Long::sum);
        }
    }

    /** The first of {@code n} consecutive ids of the table's sequence (moved forward past them). */
    private long reserve(String table, int n) {
        if (n == 0) {
            return 0;
        }
        long last = jdbc.sql("""
                SELECT setval(pg_get_serial_sequence(:table, 'id'), nextval(pg_get_serial_sequence(:table, 'id')) + :n - 1)""")
                .param("table", table).param("n", n).query(Long.class).single();
        return last - n + 1;
    }

    private Map<String, Integer> counters() {
        Map<String, Integer> counters = new HashMap<>();
        jdbc.sql("SELECT centre_id, year, last FROM case_number_counter")
                .query(rs -> {
                    counters.put(rs.getLong(1) + ":" + rs.getInt(2), rs.getInt(3));
                });
        return counters;
    }

    private void storeCounters(Map<String, Integer> counters) {
        counters.forEach((key, last) -> {
            String[] parts = key.split(":");
            jdbc.sql("""
                    INSERT INTO case_number_counter (centre_id, year, last) VALUES (?, ?, ?)
                    ON CONFLICT (centre_id, year) DO UPDATE SET last = GREATEST(case_number_counter.last, EXCLUDED.last)""")
                    .params(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), last).update();
        });
    }

    /** What the calling thread decides for one batch before it is built: counts, centres, numbers and ids. */
    record BatchPlan(int index, long seed, List<SurvivorPlan> survivors, List<CasePlan> cases, Ids ids) {
    }

    record SurvivorPlan(int centre, LocalDate registeredOn) {
    }

    record CasePlan(int centre, long caseworker, LocalDate opened, String number, int survivor, int[] perpetrators,
                    boolean risk, boolean followUp, boolean measure, boolean note) {
        int incidents() {
            return perpetrators.length;
        }
    }

    /** The first reserved id of each table for the batch (consecutive from there). */
    record Ids(long survivor, long caseFile, long incident, long perpetrator, long consent, long followUp,
               long riskAssessment, long measure, long note) {
    }

    @FunctionalInterface
    interface Reserver {
        long reserve(String table, int n);
    }

    /** Plans batches one after the other from the seed, so a seed gives the same data set. */
    static final class Planner {

        private final GenerationSpec spec;
        private final LocalDate today;
        private final Map<String, Integer> counters;
        private final SplittableRandom random;
        private final Weighted.Sampler<Integer> centres;
        private final Weighted.Sampler<Integer> extraPerpetrators;
        private final int batches;
        private final Map<Integer, Integer> nextCaseworker = new HashMap<>();

        Planner(GenerationSpec spec, LocalDate today, Map<String, Integer> counters) {
            this.spec = spec;
            this.today = today;
            this.counters = counters;
            this.random = new SplittableRandom(spec.seed());
            Map<Integer, Double> weights = new java.util.LinkedHashMap<>();
            for (int i = 0; i < spec.centres().size(); i++) {
                weights.put(i, spec.centres().get(i).weight());
            }
            UniformRandomProvider provider = random::nextLong;
            this.centres = weights.isEmpty() ? () -> 0 : Weighted.of(weights).sampler(provider);
            this.extraPerpetrators = Distributions.EXTRA_PERPETRATORS.sampler(provider);
            int byCases = (int) Math.ceil(Math.max(spec.cases(), spec.survivors()) / (double) BATCH_CASES);
            this.batches = Math.max(1, spec.cases() > 0 ? Math.min(byCases, spec.survivors()) : byCases);
        }

        int batches() {
            return batches;
        }

        Map<String, Integer> counters() {
            return counters;
        }

        BatchPlan plan(int b, Reserver reserver) {
            int survivorCount = share(spec.survivors(), b);
            int caseCount = share(spec.cases(), b);
            int incidentCount = share(spec.incidents(), b);
            int[] incidents = incidentsPerCase(caseCount, incidentCount);
            GenerationSpec.Rates rates = spec.rates();
            List<CasePlan> cases = new ArrayList<>(caseCount);
            int[] firstCentre = new int[survivorCount];
            java.util.Arrays.fill(firstCentre, -1);
            LocalDate[] firstOpened = new LocalDate[survivorCount];
            int perpetrators = 0;
            int[] extras = new int[5];
            for (int c = 0; c < caseCount; c++) {
                int survivor = c % survivorCount;
                int centre = firstCentre[survivor] >= 0 ? firstCentre[survivor] : centres.next();
                LocalDate opened = today.minusDays(random.nextInt(spec.yearsBack() * 365 + 1));
                if (firstCentre[survivor] < 0) {
                    firstCentre[survivor] = centre;
                    firstOpened[survivor] = opened;
                } else if (opened.isBefore(firstOpened[survivor])) {
                    opened = firstOpened[survivor];
                }
                Centre place = spec.centres().get(centre);
                int turn = nextCaseworker.merge(centre, 1, Integer::sum) - 1;
                long caseworker = place.caseworkers().get(turn % place.caseworkers().size());
                String key = place.id() + ":" + opened.getYear();
                int sequence = counters.merge(key, 1, Integer::sum);
                String number = new kz.tendik.cases.casefile.CaseNumber(place.regionCode(), place.id(),
                        opened.getYear(), sequence).toString();
                int[] perCase = new int[incidents[c]];
                for (int i = 0; i < perCase.length; i++) {
                    perCase[i] = 1 + extraPerpetrators.next();
                    perpetrators += perCase[i];
                }
                boolean risk = incidents[c] > 0 && random.nextDouble() < rates.riskAssessment();
                boolean followUp = random.nextDouble() < rates.followUp();
                boolean measure = incidents[c] > 0 && random.nextDouble() < rates.measure();
                boolean note = random.nextDouble() < rates.note();
                extras[0] += risk ? 1 : 0;
                extras[1] += followUp ? 1 : 0;
                extras[2] += measure ? 1 : 0;
                extras[3] += note ? 1 : 0;
                cases.add(new CasePlan(centre, caseworker, opened, number, survivor, perCase, risk, followUp, measure,
                        note));
            }
            List<SurvivorPlan> people = new ArrayList<>(survivorCount);
            for (int s = 0; s < survivorCount; s++) {
                people.add(new SurvivorPlan(firstCentre[s] >= 0 ? firstCentre[s] : centres.next(),
                        firstOpened[s] != null ? firstOpened[s] : today.minusDays(random.nextInt(365))));
            }
            Ids ids = new Ids(reserver.reserve("survivor", survivorCount), reserver.reserve("case_file", caseCount),
                    reserver.reserve("incident", incidentCount), reserver.reserve("perpetrator", perpetrators),
                    reserver.reserve("consent", 2 * caseCount), reserver.reserve("follow_up", extras[1]),
                    reserver.reserve("risk_assessment", extras[0]), reserver.reserve("protective_measure", extras[2]),
                    reserver.reserve("case_note", extras[3]));
            return new BatchPlan(b, random.nextLong(), people, cases, ids);
        }

        /** Batch {@code b}'s part of {@code total}: the parts differ by at most one and add up to the total. */
        private int share(int total, int b) {
            return (int) ((long) total * (b + 1) / batches - (long) total * b / batches);
        }

        /**
         * The incidents of each case: one each (as far as they go), the rest spread unevenly — a geometric number of
         * further incidents per case, then matched to the exact count one incident at a time.
         */
        int[] incidentsPerCase(int cases, int incidents) {
            int[] counts = new int[cases];
            if (cases == 0) {
                return counts;
            }
            if (incidents < cases) {
                for (int i = 0; i < incidents; i++) {
                    int c;
                    do {
                        c = random.nextInt(cases);
                    } while (counts[c] == 1);
                    counts[c] = 1;
                }
                return counts;
            }
            double mean = (incidents - cases) / (double) cases;
            var extra = GeometricDistribution.of(1 / (1 + mean)).createSampler(random::nextLong);
            long sum = 0;
            for (int c = 0; c < cases; c++) {
                counts[c] = 1 + (mean == 0 ? 0 : extra.sample());
                sum += counts[c];
            }
            while (sum > incidents) {
                int c = random.nextInt(cases);
                if (counts[c] > 1) {
                    counts[c]--;
                    sum--;
                }
            }
            while (sum < incidents) {
                counts[random.nextInt(cases)]++;
                sum++;
            }
            return counts;
        }
    }
}
