package kz.tendik.cases.web;

import java.util.List;

import kz.tendik.cases.work.CaseWork;
import kz.tendik.cases.work.WorkSection;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/work}: the caseworker's home as data (each part's count and first items) and one part
 * paged ({@code /api/v1/cases/work/expiring-measures?page=0}). Case numbers, initials, dates and codes only.
 */
@RestController
@RequestMapping("/api/v1/cases/work")
class WorkApi {

    private final CaseWork work;

    WorkApi(CaseWork work) {
        this.work = work;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    List<CaseWork.Part> overview(@AuthenticationPrincipal CurrentUser user) {
        return work.overview(user);
    }

    @GetMapping("/{section}")
    @Requires(Action.CASE_READ)
    CaseWork.Part section(@PathVariable String section, @RequestParam(defaultValue = "0") int page,
                          @AuthenticationPrincipal CurrentUser user) {
        WorkSection chosen = WorkSection.ofSlug(section).orElseThrow(NotFoundException::new);
        return work.section(user, chosen, Math.max(0, Math.min(page, 10_000)));
    }
}
