package kz.tendik.audit.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import kz.tendik.audit.AuditRecord.Outcome;
import kz.tendik.audit.chain.RecordedVerification;
import kz.tendik.audit.chain.StoredEntry;
import kz.tendik.audit.chain.Verifications;
import kz.tendik.audit.query.AuditFilter;
import kz.tendik.audit.query.AuditSearch;
import kz.tendik.audit.query.EntryPage;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor's page: the log newest first, 50 entries a page, filtered; the result of the last chain
 * verification with its time (walking a large log on every view would be slow), and a button to verify now.
 */
@Controller
@Requires(Action.AUDIT_READ)
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final AuditSearch search;
    private final Verifications verifications;
    private final AuditReads reads;
    private final AuditSettings settings;

    AuditPage(AuditSearch search, Verifications verifications, AuditReads reads, AuditSettings settings) {
        this.search = search;
        this.verifications = verifications;
        this.reads = reads;
        this.settings = settings;
    }

    /** An entry as the page shows it, its time in the reader's language and the configured zone. */
    record Row(long id, String time, Long actorId, String actorName, String action, String objectType,
               String objectId, String purpose, String outcome, String clientIp) {
    }

    /** The last verification with its times formatted. */
    record Status(RecordedVerification result, String finishedAt) {
    }

    @GetMapping("/audit")
    @Transactional
    String log(@Valid @ModelAttribute(AuditFilterForm.NAME) AuditFilterForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Locale locale, Model model) {
        // a value that cannot be converted (e.g. an unknown outcome) leaves the binding without a target
        if (errors.getTarget() != null && !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")
                && form.rangeReversed()) {
            errors.rejectValue("to", "audit.filter.toBeforeFrom");
        }
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(settings.zone());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("status", verifications.last()
                .map(v -> new Status(v, times.format(v.finishedAt()))).orElse(null));
        model.addAttribute("badCursor",
                errors.hasFieldErrors("before") || errors.hasFieldErrors("after") || errors.hasFieldErrors("limit"));
        if (errors.hasErrors()) {
            model.addAttribute("rows", List.of());
            return "audit/log";
        }
        AuditFilter filter = form.toFilter(settings.zone());
        EntryPage page = search.find(filter, form.before(), form.after(), PAGE_SIZE);
        reads.read(user, filter, request); // last: appending holds the chain lock until the transaction ends
        model.addAttribute("rows", page.entries().stream().map(e -> row(e, times)).toList());
        model.addAttribute("olderUrl", page.olderThan() == null ? null : link(form, "before", page.olderThan()));
        model.addAttribute("newerUrl", page.newerThan() == null ? null : link(form, "after", page.newerThan()));
        model.addAttribute("newestUrl", form.before() == null && form.after() == null ? null : link(form, null, null));
        return "audit/log";
    }

    @PostMapping("/audit/verification")
    @Transactional
    String verify(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        RecordedVerification result = verifications.run(RecordedVerification.Trigger.WEB, user.getUsername());
        reads.verified(user, result, request);
        return "redirect:/audit";
    }

    private static Row row(StoredEntry e, DateTimeFormatter times) {
        return new Row(e.id(), times.format(e.occurredAt()), e.actorId(), e.actorName(), e.action(), e.objectType(),
                e.objectId(), e.purpose(), e.outcome(), e.clientIp());
    }

    /** The page link with the same filter and one cursor (or none, for the newest page). */
    static String link(AuditFilterForm form, String cursor, Long value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        param(uri, "actor", form.actor());
        param(uri, "action", form.action());
        param(uri, "objectType", form.objectType());
        param(uri, "objectId", form.objectId());
        param(uri, "outcome", form.outcome() == null ? null : form.outcome().name());
        param(uri, "from", form.from() == null ? null : form.from().toString());
        param(uri, "to", form.to() == null ? null : form.to().toString());
        if (cursor != null) {
            uri.queryParam(cursor, value);
        }
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
