package kz.tendik.audit.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import kz.tendik.audit.chain.RecordedVerification;
import kz.tendik.audit.chain.StoredEntry;
import kz.tendik.audit.chain.Verifications;
import kz.tendik.audit.query.AuditFilter;
import kz.tendik.audit.query.AuditSearch;
import kz.tendik.audit.query.EntryPage;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for tools: {@code GET /api/v1/audit} with the page's filters and keyset paging
 * ({@code before}/{@code after}, {@code limit} up to 200, default 50), and {@code GET /api/v1/audit/verification},
 * which walks the whole chain now.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Requires(Action.AUDIT_READ)
class AuditApi {

    private final AuditSearch search;
    private final Verifications verifications;
    private final AuditReads reads;
    private final AuditSettings settings;

    AuditApi(AuditSearch search, Verifications verifications, AuditReads reads, AuditSettings settings) {
        this.search = search;
        this.verifications = verifications;
        this.reads = reads;
        this.settings = settings;
    }

    record Entry(long id, Instant occurredAt, Long actorId, String actorName, String action, String objectType,
                 String objectId, String purpose, String outcome, String clientIp, String prevHash, String hash) {

        static Entry of(StoredEntry e) {
            return new Entry(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.action(), e.objectType(),
                    e.objectId(), e.purpose(), e.outcome(), e.clientIp(), e.prevHash(), e.hash());
        }
    }

    /** {@code olderBefore}: pass as {@code before} for the next (older) page; absent on the oldest page. */
    record Page(List<Entry> entries, Long olderBefore, Long newerAfter) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VerificationResult(boolean intact, long checkedEntries, Long firstBrokenId, String reason,
                              Instant verifiedAt) {
    }

    @GetMapping
    @Transactional
    Page entries(@Valid @ModelAttribute(AuditFilterForm.NAME) AuditFilterForm form,
                 @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (form.rangeReversed()) {
            throw new UserInputException("to", "audit.filter.toBeforeFrom");
        }
        AuditFilter filter = form.toFilter(settings.zone());
        EntryPage page = search.find(filter, form.before(), form.after(),
                form.limit() == null ? AuditPage.PAGE_SIZE : form.limit());
        reads.read(user, filter, request); // last: appending holds the chain lock until the transaction ends
        return new Page(page.entries().stream().map(Entry::of).toList(), page.olderThan(), page.newerThan());
    }

    @GetMapping("/verification")
    @Transactional
    VerificationResult verification(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        RecordedVerification result = verifications.run(RecordedVerification.Trigger.API, user.getUsername());
        reads.verified(user, result, request);
        return new VerificationResult(result.intact(), result.checkedEntries(), result.firstBrokenId(),
                result.reason() == null ? null : result.reason().name(), result.finishedAt());
    }
}
