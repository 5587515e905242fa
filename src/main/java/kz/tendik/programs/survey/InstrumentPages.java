package kz.tendik.programs.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /survey-instruments}: the instruments there are (shipped and custom, with drafts), and the form in which a
 * coordinator writes a custom instrument — statements in three languages, the answer scale, reverse-scored
 * statements, bands — saved as a draft and then published (final).
 */
@Controller
@RequestMapping("/survey-instruments")
@Requires(Action.PROGRAMME_MANAGE)
class InstrumentPages {

    static final int ITEM_ROWS = 12;
    static final int BAND_ROWS = 4;

    private final InstrumentCatalogue instruments;
    private final SurveyForms forms;

    InstrumentPages(InstrumentCatalogue instruments, SurveyForms forms) {
        this.forms = forms;
        this.instruments = instruments;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model, Map.of(), List.of(), null);
    }

    private String page(CurrentUser user, Model model, Map<String, String> form,
                        List<UserInputException.FieldProblem> problems, String saved) {
        model.addAttribute("versions", instruments.listing(user));
        model.addAttribute("form", form);
        model.addAttribute("itemRows", ITEM_ROWS);
        model.addAttribute("bandRows", BAND_ROWS);
        model.addAttribute("scales", AnswerScale.values());
        forms.problems(model, problems);
        model.addAttribute("saved", saved);
        return "programs/instruments";
    }

    @PostMapping
    String save(@RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<InstrumentDraft.Item> items = new ArrayList<>();
        for (int i = 0; i < ITEM_ROWS; i++) {
            items.add(new InstrumentDraft.Item(params.get("items[" + i + "].kk"), params.get("items[" + i + "].ru"),
                    params.get("items[" + i + "].en"), params.containsKey("items[" + i + "].reverseScored")));
        }
        List<InstrumentDraft.BandLine> bands = new ArrayList<>();
        List<UserInputException.FieldProblem> parse = new ArrayList<>();
        for (int i = 0; i < BAND_ROWS; i++) {
            String from = params.get("bands[" + i + "].from");
            Double value = null;
            if (from != null && !from.isBlank()) {
                try {
                    value = Double.valueOf(from.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    parse.add(new UserInputException.FieldProblem("bands[" + i + "].from", "validation.invalidValue"));
                }
            }
            bands.add(new InstrumentDraft.BandLine(value, params.get("bands[" + i + "].kk"),
                    params.get("bands[" + i + "].ru"), params.get("bands[" + i + "].en")));
        }
        AnswerScale scale = java.util.Arrays.stream(AnswerScale.values())
                .filter(s -> s.name().equals(params.get("scale"))).findFirst().orElse(null);
        try {
            if (!parse.isEmpty()) {
                throw new UserInputException(parse);
            }
            SurveyInstrument saved = instruments.saveDraft(new InstrumentDraft(params.get("code"), params.get("titleKk"),
                    params.get("titleRu"), params.get("titleEn"), scale, items, bands), user);
            return page(user, model, Map.of(), List.of(), saved.code() + " v" + saved.version());
        } catch (UserInputException e) {
            return page(user, model, params, e.problems(), null);
        }
    }

    @PostMapping("/{code}/{version}/publication")
    String publish(@PathVariable String code, @PathVariable int version, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        try {
            instruments.publish(code, version, user);
        } catch (UserInputException e) {
            return page(user, model, Map.of(), e.problems(), null);
        }
        return "redirect:/survey-instruments";
    }
}
