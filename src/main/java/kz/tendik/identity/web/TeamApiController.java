package kz.tendik.identity.web;

import java.time.Instant;
import java.util.List;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.admin.SupervisionStore;
import kz.tendik.identity.admin.TeamAdministration;
import kz.tendik.identity.admin.TeamAdministration.Person;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/teams}: who supervises whom. {@code GET ?centreId=} a centre's teams (a manager's own centre by
 * default), {@code GET /{supervisorId}} one team, {@code PUT /{supervisorId}} with {@code caseworkerIds} sets it.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Requires(Action.TEAM_MANAGE)
class TeamApiController {

    private final TeamAdministration teams;

    TeamApiController(TeamAdministration teams) {
        this.teams = teams;
    }

    record MemberView(long caseworkerId, String username, String displayName, boolean enabled, Instant since) {
        static MemberView of(SupervisionStore.Member m) {
            return new MemberView(m.caseworkerId(), m.username(), m.displayName(), m.enabled(), m.since());
        }
    }

    record TeamView(long supervisorId, String username, String displayName, boolean enabled, long centreId,
                    List<MemberView> members) {
        static TeamView of(TeamAdministration.Team t) {
            Person s = t.supervisor();
            return new TeamView(s.id(), s.username(), s.displayName(), s.enabled(), t.centreId(),
                    t.members().stream().map(MemberView::of).toList());
        }
    }

    record CentreView(long centreId, List<TeamView> teams, List<Person> unsupervised) {
    }

    record TeamChange(List<Long> caseworkerIds) {
    }

    @GetMapping
    CentreView centre(@AuthenticationPrincipal CurrentUser actor, @RequestParam(required = false) Long centreId) {
        Long centre = centreId != null ? centreId : teams.ownCentre(actor);
        if (centre == null) {
            throw new UserInputException("centreId", "validation.required");
        }
        TeamAdministration.CentreTeams found = teams.ofCentre(actor, centre);
        return new CentreView(found.centreId(), found.teams().stream().map(TeamView::of).toList(), found.unsupervised());
    }

    @GetMapping("/{supervisorId}")
    TeamView team(@AuthenticationPrincipal CurrentUser actor, @PathVariable long supervisorId) {
        return TeamView.of(teams.team(actor, supervisorId));
    }

    @PutMapping("/{supervisorId}")
    TeamView set(@AuthenticationPrincipal CurrentUser actor, @PathVariable long supervisorId,
                 @RequestBody TeamChange body) {
        return TeamView.of(teams.setTeam(actor, supervisorId, body.caseworkerIds()));
    }
}
