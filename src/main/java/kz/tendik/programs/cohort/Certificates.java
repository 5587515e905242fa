package kz.tendik.programs.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.documents.PdfDocument;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for participants who completed a cohort: issued and revoked by the coordinator, printed as a PDF in
 * Kazakh, Russian or English with a verification code, and checked by anyone on the public page by that code.
 * At most one valid certificate per enrolment; a revoked one may be replaced by a new one (with a new code).
 */
@Service
public class Certificates {

    private static final String COLUMNS = "c.id, c.enrolment_id, c.secret, c.language, c.completed_on, c.issued_at, c.revoked_at";

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Programmes programmes;
    private final FieldCipher cipher;
    private final ProgramsAudit audit;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Today today;
    private final String publicUrl;

    Certificates(JdbcClient jdbc, Cohorts cohorts, Enrolments enrolments, Programmes programmes, FieldCipher cipher,
                 ProgramsAudit audit, AuditLog auditLog, MessageSource messages, Today today,
                 @Value("${tendik.programs.certificate-url:/certificates/}") String publicUrl) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.cipher = cipher;
        this.audit = audit;
        this.auditLog = auditLog;
        this.messages = messages;
        this.today = today;
        this.publicUrl = publicUrl;
    }

    public List<Certificate> list(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id
                        WHERE e.cohort_id = ? ORDER BY c.enrolment_id, c.id""").param(cohortId).query(this::map).list();
    }

    private Optional<Certificate> find(long cohortId, long certificateId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id
                        WHERE e.cohort_id = ? AND c.id = ?""").params(cohortId, certificateId).query(this::map).optional();
    }

    /** Issues a certificate to someone who completed the cohort, in {@code language} (kk, ru or en). */
    @Transactional
    public Certificate issue(long cohortId, Long enrolmentId, String language, CurrentUser user) {
        Cohort cohort = cohorts.manage(cohortId, user);
        Problems p = new Problems();
        Enrolment enrolment = enrolmentId == null ? null : enrolments.list(cohortId, user).stream()
                .filter(e -> e.id() == enrolmentId).findFirst().orElse(null);
        if (enrolmentId == null) {
            p.add("enrolmentId", "validation.required");
        } else if (enrolment == null) {
            throw new NotFoundException();
        } else if (enrolment.status() != EnrolmentStatus.COMPLETED) {
            p.add("enrolmentId", "programs.certificate.notCompleted");
        } else if (jdbc.sql("SELECT count(*) FROM certificate WHERE enrolment_id = ? AND revoked_at IS NULL")
                .param(enrolmentId).query(Long.class).single() > 0) {
            p.add("enrolmentId", "programs.certificate.alreadyIssued");
        }
        if (language == null || !Programmes.LANGUAGES.contains(language)) {
            p.add("language", "programs.certificate.language");
        }
        p.throwIfAny();
        LocalDate completedOn = cohort.closedAt() == null ? cohort.endsOn()
                : min(cohort.endsOn(), cohort.closedAt().atZone(today.zone()).toLocalDate());
        String code = VerificationCode.generate();
        long id = jdbc.sql("SELECT nextval('certificate_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO certificate (id, enrolment_id, code_hash, secret, language, completed_on, issued_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, enrolmentId, VerificationCode.hash(code),
                        cipher.encrypt(code + enrolment.name(), ProgramsColumns.CERTIFICATE_SECRET.associatedData(id)),
                        language, completedOn, user.id())
                .update();
        audit.record(user, "certificate.issue", "certificate", id);
        return find(cohortId, id).orElseThrow();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Transactional
    public Certificate revoke(long cohortId, long certificateId, CurrentUser user) {
        cohorts.manage(cohortId, user);
        Certificate c = find(cohortId, certificateId).orElseThrow(NotFoundException::new);
        if (c.revoked()) {
            throw new UserInputException("certificate", "programs.certificate.alreadyRevoked");
        }
        jdbc.sql("UPDATE certificate SET revoked_at = now(), revoked_by = ? WHERE id = ?").params(user.id(), certificateId)
                .update();
        audit.record(user, "certificate.revoke", "certificate", certificateId);
        return find(cohortId, certificateId).orElseThrow();
    }

    /** The certificate as a PDF in its language; a revoked one is not printed any more. */
    @Transactional
    public byte[] pdf(long cohortId, long certificateId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Certificate c = find(cohortId, certificateId).orElseThrow(NotFoundException::new);
        if (c.revoked()) {
            throw new UserInputException("certificate", "programs.certificate.revokedNoPdf");
        }
        Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(c.language());
        String name = name(c);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String code = c.code();
        byte[] pdf = PdfDocument.builder(locale, text("programs.certificate.pdf.title", locale), today.date())
                .footerNote(text("programs.certificate.pdf.footer", locale))
                .heading(text("programs.certificate.pdf.title", locale))
                .paragraph(text("programs.certificate.pdf.certifies", locale))
                .heading(name)
                .paragraph(text("programs.certificate.pdf.completed", locale))
                .subheading(programme.name(locale))
                .keyValues(List.of(
                        new PdfDocument.KeyValue(text("programs.cohort.field.name", locale), cohort.name()),
                        new PdfDocument.KeyValue(text("programs.cohort.field.dates", locale),
                                dates.format(cohort.startsOn()) + " – " + dates.format(cohort.endsOn())),
                        new PdfDocument.KeyValue(text("programs.certificate.completedOn", locale),
                                dates.format(c.completedOn())),
                        new PdfDocument.KeyValue(text("programs.certificate.code", locale), code)))
                .paragraph(text("programs.certificate.pdf.verify", locale, publicUrl + code))
                .toBytes();
        audit.record(user, "certificate.print", "certificate", certificateId);
        return pdf;
    }

    /**
     * The public check of a code typed by anyone: empty when the code is malformed or unknown. Audited without an
     * actor (the public), with the certificate's id only.
     */
    @Transactional
    public Optional<CertificateCheck> check(String typed, Locale locale) {
        String code = VerificationCode.normalise(typed);
        if (code == null) {
            return Optional.empty();
        }
        record Row(long id, byte[] secret, java.sql.Timestamp revokedAt, LocalDate completedOn, String cohort,
                   long programmeId) {
        }
        Optional<Row> row = jdbc.sql("""
                        SELECT c.id, c.secret, c.revoked_at, c.completed_on, k.name, k.programme_id
                        FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id JOIN cohort k ON k.id = e.cohort_id
                        WHERE c.code_hash = ?""").param(VerificationCode.hash(code))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getLong(6))).optional();
        return row.map(r -> {
            String secret = cipher.decrypt(r.secret(), ProgramsColumns.CERTIFICATE_SECRET.associatedData(r.id()));
            auditLog.record(AuditRecord.success(null, "public", "certificate.verify", "certificate",
                    String.valueOf(r.id())));
            return new CertificateCheck(VerificationCode.grouped(code),
                    r.revokedAt() == null ? CertificateCheck.Status.VALID : CertificateCheck.Status.REVOKED,
                    secret.substring(VerificationCode.LENGTH),
                    programmes.find(r.programmeId()).orElseThrow().name(locale), r.cohort(), r.completedOn());
        });
    }

    private String name(Certificate c) {
        return jdbc.sql("SELECT secret FROM certificate WHERE id = ?").param(c.id()).query(byte[].class).optional()
                .map(s -> cipher.decrypt(s, ProgramsColumns.CERTIFICATE_SECRET.associatedData(c.id()))
                        .substring(VerificationCode.LENGTH))
                .orElseThrow();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private Certificate map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        String secret = cipher.decrypt(rs.getBytes(3), ProgramsColumns.CERTIFICATE_SECRET.associatedData(id));
        return new Certificate(id, rs.getLong(2), VerificationCode.grouped(secret.substring(0, VerificationCode.LENGTH)),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }
}
