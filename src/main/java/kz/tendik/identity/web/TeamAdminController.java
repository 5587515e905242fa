package kz.tendik.identity.web;

import java.util.List;
import java.util.Locale;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Requires;
import kz.tendik.identity.admin.OrgUnits;
import kz.tendik.identity.admin.TeamAdministration;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/teams}: a centre's supervisors, each with the centre's caseworkers to tick into her team, and the
 * caseworkers in no team. A centre manager sees her own centre; an administrator chooses one.
 */
@Controller
@RequestMapping("/admin/teams")
@Requires(Action.TEAM_MANAGE)
class TeamAdminController {

    private final TeamAdministration teams;
    private final OrgUnits orgUnits;

    TeamAdminController(TeamAdministration teams, OrgUnits orgUnits) {
        this.teams = teams;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(required = false) Long centre, Model model,
                Locale locale) {
        return page(actor, centre != null ? centre : teams.ownCentre(actor), model, locale);
    }

    @PostMapping("/{supervisorId}")
    String save(@AuthenticationPrincipal CurrentUser actor, @PathVariable long supervisorId,
                @RequestParam(name = "caseworkerIds", required = false) List<Long> caseworkerIds, Model model,
                Locale locale, RedirectAttributes redirect) {
        try {
            TeamAdministration.Team team = teams.setTeam(actor, supervisorId,
                    caseworkerIds == null ? List.of() : caseworkerIds);
            redirect.addFlashAttribute("saved", "team.saved");
            return "redirect:/admin/teams?centre=" + team.centreId() + "#team-" + supervisorId;
        } catch (UserInputException refused) {
            model.addAttribute("problems", refused.problems());
            Long centre = teams.centreOf(actor, supervisorId);
            return page(actor, centre != null ? centre : teams.ownCentre(actor), model, locale);
        }
    }

    private String page(CurrentUser actor, Long centre, Model model, Locale locale) {
        if (actor.orgUnit().level() != OrgUnit.Level.CENTRE) {
            model.addAttribute("centres", orgUnits.centres(locale).stream()
                    .filter(c -> actor.orgUnit().contains(OrgUnit.centre(c.regionCode(), c.id()))).toList());
        }
        model.addAttribute("centre", centre);
        if (centre != null) {
            TeamAdministration.CentreTeams found = teams.ofCentre(actor, centre);
            model.addAttribute("teams", found);
            model.addAttribute("centreName", orgUnits.name(orgUnits.resolve(OrgUnit.Level.CENTRE, null, centre), locale)
                    .orElse(""));
        }
        return "identity/teams";
    }
}
