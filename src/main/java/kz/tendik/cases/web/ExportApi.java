package kz.tendik.cases.web;

import java.time.LocalDate;

import kz.tendik.cases.export.Audience;
import kz.tendik.cases.export.CaseSummaryPdf;
import kz.tendik.cases.export.IncidentRecorderXlsx;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases/{id}/summary?audience=COURT&language=kk} (PDF) and
 * {@code GET /api/v1/cases/exports/incident-recorder?from=&to=&basis=REPORT&language=ru} (XLSX of the caller's
 * reach, survivor codes only). Both audited; bad parameters are a 422 naming every field.
 */
@RestController
class ExportApi {

    private final CaseSummaryPdf summaries;
    private final IncidentRecorderXlsx recorder;

    ExportApi(CaseSummaryPdf summaries, IncidentRecorderXlsx recorder) {
        this.summaries = summaries;
        this.recorder = recorder;
    }

    @GetMapping("/api/v1/cases/{id}/summary")
    @Requires(Action.CASE_READ)
    ResponseEntity<byte[]> summary(@PathVariable long id, @RequestParam(required = false) Audience audience,
                                   @RequestParam(required = false) String language,
                                   @AuthenticationPrincipal CurrentUser user) {
        return summaryDownload(summaries.summary(user, id, audience, language), id, audience, language);
    }

    @GetMapping("/api/v1/cases/exports/incident-recorder")
    @Requires(Action.CASE_EXPORT)
    ResponseEntity<byte[]> incidentRecorder(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) IncidentRecorderXlsx.DateBasis basis,
            @RequestParam(required = false) String language, @AuthenticationPrincipal CurrentUser user) {
        return recorderDownload(recorder.export(user, new IncidentRecorderXlsx.Request(from, to, basis, language)),
                language);
    }

    static ResponseEntity<byte[]> summaryDownload(byte[] pdf, long caseId, Audience audience, String language) {
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF,
                "case-" + caseId + "-summary-" + audience.name().toLowerCase() + "-" + language.strip() + ".pdf");
    }

    static ResponseEntity<byte[]> recorderDownload(byte[] xlsx, String language) {
        return Downloads.attachment(xlsx, Downloads.XLSX, "incident-recorder-" + language.strip() + ".xlsx");
    }
}
