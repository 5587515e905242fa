package kz.tendik.cases.web;

import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.CaseRecords;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.referral.Transfers;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page shows a case's latest notes and timeline events ({@link #NOTES_SHOWN}, {@link #EVENTS_SHOWN}); the
 * earlier ones load here when the reader opens their fold (htmx: the list alone; without script: a page). A read
 * of the case like the page itself: its reach checked and audited.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseHistoryPages {

    static final int NOTES_SHOWN = 10;
    static final int EVENTS_SHOWN = 15;
    /** At most this many earlier items in one answer. */
    private static final int MOST = 1_000;

    private final CaseFiles files;
    private final CaseRecords records;
    private final Timeline timeline;
    private final Transfers transfers;

    CaseHistoryPages(CaseFiles files, CaseRecords records, Timeline timeline, Transfers transfers) {
        this.files = files;
        this.records = records;
        this.timeline = timeline;
        this.transfers = transfers;
    }

    @GetMapping("/notes")
    @Requires(Action.CASE_READ)
    @Transactional
    String notes(@PathVariable long id, @RequestParam(defaultValue = "0") int from,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("notes", records.notesOf(id, bounded(from), MOST));
        return htmx == null ? "cases/history" : "cases/history :: earlierNotes";
    }

    @GetMapping("/timeline")
    @Requires(Action.CASE_READ)
    @Transactional
    String timeline(@PathVariable long id, @RequestParam(defaultValue = "0") int from,
                    @RequestHeader(value = "HX-Request", required = false) String htmx,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("events", timeline.of(id, bounded(from), MOST));
        model.addAttribute("transferOverrides", transfers.overridesOf(id));
        return htmx == null ? "cases/history" : "cases/history :: earlierEvents";
    }

    private static int bounded(int from) {
        return Math.max(0, Math.min(from, 100_000));
    }
}
