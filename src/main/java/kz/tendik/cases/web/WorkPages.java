package kz.tendik.cases.web;

import kz.tendik.cases.work.CaseWork;
import kz.tendik.cases.work.WorkSection;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.HomePanel;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker's home: the panel on the home page ({@link HomePanel}: counts and the first items of each part)
 * and one page per part with all its items, paged ({@code /cases/work/overdue-follow-ups?page=2}).
 */
@Controller
class WorkPages implements HomePanel {

    private final CaseWork work;

    WorkPages(CaseWork work) {
        this.work = work;
    }

    @Override
    public Action action() {
        return Action.CASE_READ;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "cases/work";
    }

    @Override
    public Object content(CurrentUser user) {
        return work.overview(user);
    }

    @GetMapping("/cases/work/{section}")
    @Requires(Action.CASE_READ)
    String section(@PathVariable String section, @RequestParam(defaultValue = "0") int page,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        WorkSection chosen = WorkSection.ofSlug(section).orElseThrow(NotFoundException::new);
        model.addAttribute("part", work.section(user, chosen, Math.max(0, Math.min(page, 10_000))));
        return "cases/work-section";
    }
}
