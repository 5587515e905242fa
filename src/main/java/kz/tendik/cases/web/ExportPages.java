package kz.tendik.cases.web;

import java.time.LocalDate;

import kz.tendik.cases.export.Audience;
import kz.tendik.cases.export.CaseSummaryPdf;
import kz.tendik.cases.export.IncidentRecorderXlsx;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Documents from the pages: the case summary PDF (the form on the case page chooses the audience and language)
 * and the Incident Recorder workbook ({@code /cases/exports}: period, date basis, language).
 */
@Controller
class ExportPages {

    private final CaseSummaryPdf summaries;
    private final IncidentRecorderXlsx recorder;

    ExportPages(CaseSummaryPdf summaries, IncidentRecorderXlsx recorder) {
        this.summaries = summaries;
        this.recorder = recorder;
    }

    @GetMapping("/cases/{id}/summary")
    @Requires(Action.CASE_READ)
    ResponseEntity<byte[]> summary(@PathVariable long id, @RequestParam(required = false) Audience audience,
                                   @RequestParam(required = false) String language,
                                   @AuthenticationPrincipal CurrentUser user) {
        return ExportApi.summaryDownload(summaries.summary(user, id, audience, language), id, audience, language);
    }

    @GetMapping("/cases/exports")
    @Requires(Action.CASE_EXPORT)
    String exports(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("language", user.locale().getLanguage());
        return "cases/exports";
    }

    @GetMapping("/cases/exports/incident-recorder")
    @Requires(Action.CASE_EXPORT)
    ResponseEntity<byte[]> incidentRecorder(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) IncidentRecorderXlsx.DateBasis basis,
            @RequestParam(required = false) String language, @AuthenticationPrincipal CurrentUser user) {
        return ExportApi.recorderDownload(recorder.export(user, new IncidentRecorderXlsx.Request(from, to, basis, language)),
                language);
    }
}
