package kz.tendik.programs.survey;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cohorts/{id}/surveys}: a cohort's survey rounds, opening a round, its responses, recording a
 * response (checked whole: 400 naming every problem), and issuing a participant's one-time link; and
 * {@code /api/v1/survey-instruments}: the instruments rounds may use, and custom instruments (draft, publish).
 */
@Tag(name = "Surveys", description = "Survey rounds of a cohort (before, after, follow-up), responses, one-time links, and survey instruments")
@RestController
class SurveyApi {

    private final SurveyRounds rounds;
    private final SurveyLinks links;
    private final InstrumentCatalogue instruments;

    SurveyApi(SurveyRounds rounds, SurveyLinks links, InstrumentCatalogue instruments) {
        this.rounds = rounds;
        this.links = links;
        this.instruments = instruments;
    }

    @Operation(summary = "The cohort's survey rounds")
    @GetMapping("/api/v1/cohorts/{id}/surveys")
    @Requires(Action.COHORT_FACILITATE)
    List<SurveyRound> rounds(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.rounds(id, user);
    }

    @Operation(summary = "Open a survey round",
            description = "400 naming every wrong field")
    @PostMapping("/api/v1/cohorts/{id}/surveys")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<SurveyRound> createRound(@PathVariable long id, @RequestBody RoundDraft body,
                                            @AuthenticationPrincipal CurrentUser user) {
        SurveyRound round = rounds.createRound(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/surveys/" + round.id())).body(round);
    }

    @Operation(summary = "One survey round")
    @GetMapping("/api/v1/cohorts/{id}/surveys/{roundId}")
    @Requires(Action.COHORT_FACILITATE)
    SurveyRound round(@PathVariable long id, @PathVariable long roundId, @AuthenticationPrincipal CurrentUser user) {
        return rounds.round(id, roundId, user);
    }

    @Operation(summary = "The round's responses with their scores")
    @GetMapping("/api/v1/cohorts/{id}/surveys/{roundId}/responses")
    @Requires(Action.COHORT_FACILITATE)
    List<StoredResponse> responses(@PathVariable long id, @PathVariable long roundId,
                                   @AuthenticationPrincipal CurrentUser user) {
        return rounds.responses(id, roundId, user);
    }

    /** Body: {@code {"enrolmentId": 12, "answers": {"item-code": 3, ...}}}. */
    @Operation(summary = "Record a participant's response",
            description = "Checked whole: 400 naming every problem")
    @PostMapping("/api/v1/cohorts/{id}/surveys/{roundId}/responses")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<StoredResponse> respond(@PathVariable long id, @PathVariable long roundId,
                                           @RequestBody ResponseDraft body, @AuthenticationPrincipal CurrentUser user) {
        StoredResponse stored = rounds.record(id, new ResponseDraft(roundId, body.enrolmentId(), body.answers()), user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/surveys/" + roundId + "/responses/"
                + stored.id())).body(stored);
    }

    record LinkRequest(Long enrolmentId, String language) {
    }

    /** A one-time link for the participant to answer herself; the token is in the answer only, never stored. */
    @Operation(summary = "Issue a participant's one-time link to answer on her own phone",
            description = "Works once, until the round's last day ends (in Kazakhstan's time) or for 14 days, whichever is first")
    @PostMapping("/api/v1/cohorts/{id}/surveys/{roundId}/links")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Map<String, Object>> link(@PathVariable long id, @PathVariable long roundId,
                                             @RequestBody LinkRequest body, @AuthenticationPrincipal CurrentUser user) {
        SurveyLinks.IssuedLink link = links.issue(id, roundId, body.enrolmentId(), body.language(), user);
        return ResponseEntity.status(201).body(Map.of("path", "/survey/" + link.token(), "expiresAt", link.expiresAt()));
    }

    @Operation(summary = "The instruments rounds may use, and custom instruments")
    @GetMapping("/api/v1/survey-instruments")
    @Requires(Action.PROGRAMME_MANAGE)
    List<InstrumentCatalogue.CustomVersion> instruments(@AuthenticationPrincipal CurrentUser user) {
        return instruments.listing(user);
    }

    @Operation(summary = "Draft a custom instrument",
            description = "400 naming every problem")
    @PostMapping("/api/v1/survey-instruments")
    @Requires(Action.PROGRAMME_MANAGE)
    ResponseEntity<SurveyInstrument> saveDraft(@RequestBody InstrumentDraft body, @AuthenticationPrincipal CurrentUser user) {
        SurveyInstrument saved = instruments.saveDraft(body, user);
        return ResponseEntity.created(URI.create("/api/v1/survey-instruments/" + saved.code() + "/versions/"
                + saved.version())).body(saved);
    }

    @Operation(summary = "One instrument version")
    @GetMapping("/api/v1/survey-instruments/{code}/versions/{version}")
    @Requires(Action.PROGRAMME_MANAGE)
    InstrumentCatalogue.CustomVersion instrument(@PathVariable String code, @PathVariable int version,
                                                 @AuthenticationPrincipal CurrentUser user) {
        return instruments.customVersion(code, version, user);
    }

    @Operation(summary = "Publish an instrument version (final once published)")
    @PostMapping("/api/v1/survey-instruments/{code}/versions/{version}/publication")
    @Requires(Action.PROGRAMME_MANAGE)
    SurveyInstrument publish(@PathVariable String code, @PathVariable int version,
                             @AuthenticationPrincipal CurrentUser user) {
        return instruments.publish(code, version, user);
    }
}
