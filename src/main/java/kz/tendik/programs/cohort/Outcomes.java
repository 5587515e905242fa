package kz.tendik.programs.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import kz.tendik.identity.CurrentUser;
import kz.tendik.programs.cohort.Outcome.FollowUp;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.tendik.programs.cohort.Problems.blank;

/**
 * Outcomes of a cohort's participants at the end and 3, 6 and 12 months after: one record per participant and
 * follow-up point (a second is refused), changed only from the version it was read at (409 otherwise). A follow-up
 * is recorded from its due day (the cohort's end plus its months) up to today. The business registration number is
 * checked (12 digits with its check digit) and stored encrypted.
 */
@Service
public class Outcomes {

    private static final String COLUMNS = """
            o.id, o.enrolment_id, o.follow_up, o.recorded_on, o.business_started, o.registered, o.bin, o.revenue_band,
            o.jobs_created, o.employment, o.income_change, o.funding_source, o.funding_band, o.version""";

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final FieldCipher cipher;
    private final ProgramsAudit audit;
    private final Today today;

    Outcomes(JdbcClient jdbc, Cohorts cohorts, Enrolments enrolments, FieldCipher cipher, ProgramsAudit audit,
             Today today) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.cipher = cipher;
        this.audit = audit;
        this.today = today;
    }

    /** Every outcome of the cohort, by participant and follow-up point. Audited as a read of the cohort's outcomes. */
    @Transactional
    public List<Outcome> list(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        List<Outcome> list = jdbc.sql("SELECT " + COLUMNS + """
                         FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id
                        WHERE e.cohort_id = ?""").param(cohortId).query(this::map).list().stream()
                .sorted(java.util.Comparator.comparingLong(Outcome::enrolmentId).thenComparing(Outcome::followUp)).toList();
        audit.record(user, "outcome.read", "cohort", cohortId);
        return list;
    }

    public Outcome get(long cohortId, long outcomeId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return find(cohortId, outcomeId).orElseThrow(NotFoundException::new);
    }

    private Optional<Outcome> find(long cohortId, long outcomeId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id
                        WHERE e.cohort_id = ? AND o.id = ?""").params(cohortId, outcomeId).query(this::map).optional();
    }

    /** A follow-up point that is due (its day has come) and not yet recorded for someone holding a place. */
    public record Due(long enrolmentId, String name, FollowUp followUp, LocalDate dueOn) {
    }

    /** The follow-ups due and missing in the cohort, the oldest first. */
    public List<Due> due(long cohortId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        LocalDate now = today.date();
        List<Outcome> recorded = list(cohortId, user);
        List<Due> due = new ArrayList<>();
        for (FollowUp point : FollowUp.values()) {
            LocalDate dueOn = point.dueOn(cohort.endsOn());
            if (dueOn.isAfter(now)) {
                continue;
            }
            for (Enrolment e : enrolments.list(cohortId, user)) {
                if (e.status().holdsPlace() && recorded.stream()
                        .noneMatch(o -> o.enrolmentId() == e.id() && o.followUp() == point)) {
                    due.add(new Due(e.id(), e.name(), point, dueOn));
                }
            }
        }
        return due;
    }

    @Transactional
    public Outcome record(long cohortId, OutcomeDraft d, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Checked c = check(cohort, d, null);
        long id = jdbc.sql("SELECT nextval('outcome_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO outcome (id, enrolment_id, follow_up, recorded_on, business_started, registered, bin,
                                             revenue_band, jobs_created, employment, income_change, funding_source,
                                             funding_band, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.enrolmentId(), c.followUp().name(), d.recordedOn(), d.businessStarted(), c.bin() != null,
                        encryptedBin(id, c.bin()), name(c.revenueBand()), c.jobs(), c.employment().name(),
                        c.incomeChange().name(), c.fundingSource().name(), name(c.fundingBand()), user.id())
                .update();
        audit.record(user, "outcome.create", "outcome", id);
        return find(cohortId, id).orElseThrow();
    }

    @Transactional
    public Outcome update(long cohortId, long outcomeId, OutcomeDraft d, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Outcome before = find(cohortId, outcomeId).orElseThrow(NotFoundException::new);
        Checked c = check(cohort, d, before);
        int changed = jdbc.sql("""
                        UPDATE outcome SET enrolment_id = ?, follow_up = ?, recorded_on = ?, business_started = ?,
                               registered = ?, bin = ?, revenue_band = ?, jobs_created = ?, employment = ?,
                               income_change = ?, funding_source = ?, funding_band = ?, recorded_by = ?,
                               updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.enrolmentId(), c.followUp().name(), d.recordedOn(), d.businessStarted(), c.bin() != null,
                        encryptedBin(outcomeId, c.bin()), name(c.revenueBand()), c.jobs(), c.employment().name(),
                        c.incomeChange().name(), c.fundingSource().name(), name(c.fundingBand()), user.id(), outcomeId,
                        d.version())
                .update();
        if (changed == 0) {
            throw new StaleVersionException(before.version());
        }
        audit.record(user, "outcome.update", "outcome", outcomeId);
        return find(cohortId, outcomeId).orElseThrow();
    }

    private byte[] encryptedBin(long id, String bin) {
        return bin == null ? null : cipher.encrypt(bin, ProgramsColumns.OUTCOME_BIN.associatedData(id));
    }

    private record Checked(FollowUp followUp, String bin, Outcome.RevenueBand revenueBand, int jobs,
                           Outcome.Employment employment, Outcome.IncomeChange incomeChange,
                           Outcome.FundingSource fundingSource, Outcome.FundingBand fundingBand) {
    }

    private Checked check(Cohort cohort, OutcomeDraft d, Outcome before) {
        Problems p = new Problems();
        if (before != null && d.version() == null) {
            p.add("version", "validation.required");
        }
        if (d.enrolmentId() == null) {
            p.add("enrolmentId", "validation.required");
        } else if (!enrolments.status(cohort.id(), d.enrolmentId()).map(EnrolmentStatus::holdsPlace).orElse(false)) {
            p.add("enrolmentId", "programs.attendance.notEnrolled");
        }
        FollowUp followUp = choice(p, "followUp", d.followUp(), FollowUp.class, true);
        if (followUp != null && d.enrolmentId() != null && jdbc.sql("""
                        SELECT count(*) FROM outcome WHERE enrolment_id = ? AND follow_up = ? AND id <> ?""")
                .params(d.enrolmentId(), followUp.name(), before == null ? -1 : before.id()).query(Long.class).single() > 0) {
            p.add("followUp", "programs.outcome.duplicate");
        }
        if (d.recordedOn() == null) {
            p.add("recordedOn", "validation.required");
        } else if (d.recordedOn().isAfter(today.date())) {
            p.add("recordedOn", "programs.outcome.inFuture");
        } else if (followUp != null && d.recordedOn().isBefore(followUp.dueOn(cohort.endsOn()))) {
            p.add("recordedOn", "programs.outcome.tooEarly", followUp.dueOn(cohort.endsOn()).toString());
        }
        boolean business = Boolean.TRUE.equals(d.businessStarted());
        if (d.businessStarted() == null) {
            p.add("businessStarted", "validation.required");
        }
        String bin = blank(d.bin()) ? null : d.bin().strip();
        if (bin != null && !Bin.valid(bin)) {
            p.add("bin", "programs.outcome.invalidBin");
        } else if (bin != null && !business) {
            p.add("bin", "programs.outcome.noBusiness");
        }
        Outcome.RevenueBand revenue = choice(p, "revenueBand", d.revenueBand(), Outcome.RevenueBand.class, business);
        if (!business && revenue != null && revenue != Outcome.RevenueBand.NONE) {
            p.add("revenueBand", "programs.outcome.noBusiness");
        }
        int jobs = d.jobsCreated() == null ? 0 : d.jobsCreated();
        if (jobs < 0 || jobs > 10000) {
            p.add("jobsCreated", "programs.outcome.jobsRange", 0, 10000);
        } else if (!business && jobs > 0) {
            p.add("jobsCreated", "programs.outcome.noBusiness");
        }
        Outcome.Employment employment = choice(p, "employment", d.employment(), Outcome.Employment.class, true);
        Outcome.IncomeChange income = choice(p, "incomeChange", d.incomeChange(), Outcome.IncomeChange.class, true);
        Outcome.FundingSource source = choice(p, "fundingSource", d.fundingSource(), Outcome.FundingSource.class, true);
        boolean funded = source != null && source != Outcome.FundingSource.NONE;
        Outcome.FundingBand band = choice(p, "fundingBand", d.fundingBand(), Outcome.FundingBand.class, funded);
        if (!funded && band != null) {
            p.add("fundingBand", "programs.outcome.noFunding");
        }
        p.throwIfAny();
        return new Checked(followUp, bin, revenue, jobs, employment, income, source, band);
    }

    /** The enum constant named {@code value}; a problem when it is no such name, or missing but required. */
    private static <E extends Enum<E>> E choice(Problems p, String field, String value, Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                p.add(field, "validation.required");
            }
            return null;
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst();
        if (found.isEmpty()) {
            p.add(field, "validation.invalidValue");
        }
        return found.orElse(null);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private Outcome map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        byte[] bin = rs.getBytes(7);
        String ending = bin == null ? null
                : cipher.decrypt(bin, ProgramsColumns.OUTCOME_BIN.associatedData(id)).substring(8);
        return new Outcome(id, rs.getLong(2), FollowUp.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getBoolean(5), rs.getBoolean(6), ending, parse(rs.getString(8), Outcome.RevenueBand::valueOf),
                rs.getInt(9), Outcome.Employment.valueOf(rs.getString(10)), Outcome.IncomeChange.valueOf(rs.getString(11)),
                Outcome.FundingSource.valueOf(rs.getString(12)), parse(rs.getString(13), Outcome.FundingBand::valueOf),
                rs.getInt(14));
    }

    private static <E> E parse(String value, Function<String, E> f) {
        return value == null ? null : f.apply(value);
    }
}
