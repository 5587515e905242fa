package kz.tendik.programs.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyInstrumentsTest {

    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final SurveyInstruments instruments = new SurveyInstruments();

    @Test
    void theShippedAttitudeScaleFollowsTheGemModel() {
        SurveyInstrument gem = instruments.latest(SurveyInstruments.GENDER_ATTITUDES).orElseThrow();
        assertThat(gem.version()).isEqualTo(1);
        assertThat(gem.items()).hasSize(12).allSatisfy(item -> {
            assertThat(item.type()).isEqualTo(ItemType.CHOICE);
            assertThat(item.isRequired()).isTrue();
            assertThat(gem.options(item)).extracting(AnswerOption::value).containsExactly(1, 2, 3);
        });
        assertThat(gem.options(gem.items().get(0))).extracting(option -> option.text().en())
                .containsExactly("Agree", "Partially agree", "Do not agree");
        assertThat(gem.items().stream().filter(SurveyItem::reverseScored).map(SurveyItem::code))
                .containsExactlyInAnyOrder("decide-children-together", "share-housework", "father-stays-involved",
                        "equal-right-to-work");
        assertThat(gem.scoring().method()).isEqualTo(ScoringMethod.SUM);
        assertThat(gem.scoredItems()).hasSize(12);
        assertThat(gem.minScore()).isEqualTo(12.0);
        assertThat(gem.maxScore()).isEqualTo(36.0);
        assertThat(gem.scoring().bands()).extracting(Band::code, Band::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("low", 12.0),
                        org.assertj.core.groups.Tuple.tuple("moderate", 20.0),
                        org.assertj.core.groups.Tuple.tuple("high", 28.0));
        assertThat(gem.source()).contains("Pulerwitz & Barker 2008");
    }

    @Test
    void theShippedWifeBeatingItemsAreTheFiveDhsReasonsWithTheAnyReasonIndicator() {
        SurveyInstrument dhs = instruments.latest(SurveyInstruments.WIFE_BEATING).orElseThrow();
        assertThat(dhs.items()).extracting(SurveyItem::code).containsExactly("burns-food", "argues-with-him",
                "goes-out-without-telling", "neglects-children", "refuses-sex");
        assertThat(dhs.items()).allSatisfy(item -> {
            assertThat(item.isYesNo()).isTrue();
            assertThat(item.isEquitable(ItemType.NO)).isTrue();
            assertThat(item.isEquitable(ItemType.YES)).isFalse();
        });
        assertThat(dhs.hasScore()).isFalse();
        assertThat(dhs.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.code()).isEqualTo("justifies-any");
            assertThat(indicator.anyYesOf()).hasSize(5);
            assertThat(indicator.isEquitable(false)).isTrue();
        });
    }

    @Test
    void everyTextIsWrittenInKazakhRussianAndEnglish() {
        for (SurveyInstrument instrument : instruments.all()) {
            List<LocalizedText> texts = new java.util.ArrayList<>();
            texts.add(instrument.title());
            instrument.items().forEach(item -> texts.add(item.text()));
            instrument.answerSets().values().forEach(options -> options.forEach(option -> texts.add(option.text())));
            instrument.indicators().forEach(indicator -> texts.add(indicator.text()));
            if (instrument.hasScore()) {
                instrument.scoring().bands().forEach(band -> texts.add(band.label()));
            }
            for (LocalizedText text : texts) {
                assertThat(text.kk()).as(text.en()).containsPattern(CYRILLIC);
                assertThat(text.ru()).as(text.en()).containsPattern(CYRILLIC);
                assertThat(text.en()).doesNotContainPattern(CYRILLIC);
            }
            assertThat(String.join(" ", texts.stream().map(LocalizedText::kk).toList()))
                    .as(instrument.code()).containsPattern(KAZAKH_LETTERS);
        }
    }

    @Test
    void anInstrumentIsFoundByCodeAndVersionAndTheLatestVersionIsUsedForNewRounds() {
        SurveyInstruments two = new SurveyInstruments(List.of(json(instrument(1, "12")), json(instrument(2, "13"))));
        assertThat(two.latest("test-scale")).map(SurveyInstrument::version).contains(2);
        assertThat(two.find("test-scale", 1)).map(i -> i.scoring().bands().get(1).from()).contains(12.0);
        assertThat(two.find("test-scale", 3)).isEmpty();
    }

    @Test
    void theSameVersionTwiceIsRefused() {
        assertThatThrownBy(() -> new SurveyInstruments(List.of(json(instrument(1, "12")), json(instrument(1, "12")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats");
    }

    @Test
    void aFileWithAnUnknownFieldIsRefusedNamingTheFile() {
        String text = instrument(1, "12").replace("\"version\"", "\"colour\": \"red\", \"version\"");
        assertThatThrownBy(() -> SurveyInstruments.read(json(text)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.json");
    }

    @Test
    void bandsThatCannotBeReachedOrDoNotRiseAreRefused() {
        assertThatThrownBy(() -> SurveyInstruments.read(json(instrument(1, "99"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reachable");
        assertThatThrownBy(() -> SurveyInstruments.read(json(instrument(1, "4"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rising");
        assertThatThrownBy(() -> SurveyInstruments.read(json(instrument(1, "12").replace("\"from\": 5", "\"from\": 6"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lowest score");
    }

    @Test
    void inconsistentItemsAreRefused() {
        String base = instrument(1, "12");
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace("\"answers\": \"agreement\"", "\"answers\": \"nope\""))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown answers");
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace("\"code\": \"q1\"", "\"code\": \"q0\""))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats item q0");
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace("\"en\": \"q0\"", "\"en\": \" \""))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace(
                "\"type\": \"YES_NO\", \"equitableAnswer\": false", "\"type\": \"YES_NO\", \"reverseScored\": true, \"equitableAnswer\": false"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("yes/no item");
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace("\"anyYesOf\": [\"yn\"]", "\"anyYesOf\": [\"q0\"]"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs yes/no item q0");
        assertThatThrownBy(() -> SurveyInstruments.read(json(base.replace(
                "\"code\": \"q2\", \"type\": \"CHOICE\"", "\"code\": \"q2\", \"required\": false, \"type\": \"CHOICE\""))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("required choice item");
    }

    /**
     * A test scale: five choice items on answers 1-3 (q4 reverse-scored), summed (5-15), bands from 5 and from
     * {@code moderateFrom}; one yes/no item and an indicator over it.
     */
    static String instrument(int version, String moderateFrom) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            items.append("""
                    {"code": "q%d", "type": "CHOICE", "answers": "agreement", "reverseScored": %s,
                     "text": {"kk": "сұрақ %d", "ru": "вопрос %d", "en": "q%d"}},""".formatted(i, i == 4, i, i, i));
        }
        return """
                {"code": "test-scale", "version": %d,
                 "title": {"kk": "тексеру", "ru": "проверка", "en": "test"}, "source": "tests",
                 "answerSets": {"agreement": [
                   {"value": 1, "text": {"kk": "келісемін", "ru": "согласен", "en": "agree"}},
                   {"value": 2, "text": {"kk": "ішінара", "ru": "частично", "en": "partly"}},
                   {"value": 3, "text": {"kk": "келіспеймін", "ru": "не согласен", "en": "disagree"}}]},
                 "items": [%s
                   {"code": "yn", "type": "YES_NO", "equitableAnswer": false,
                    "text": {"kk": "иә ма", "ru": "да ли", "en": "yes?"}}],
                 "scoring": {"method": "SUM", "bands": [
                   {"code": "low", "from": 5, "label": {"kk": "төмен", "ru": "низкий", "en": "low"}},
                   {"code": "high", "from": %s, "label": {"kk": "жоғары", "ru": "высокий", "en": "high"}}]},
                 "indicators": [{"code": "any", "equitableAnswer": false, "anyYesOf": ["yn"],
                   "text": {"kk": "кез келген", "ru": "любой", "en": "any"}}]}""".formatted(version, items, moderateFrom);
    }

    static Resource json(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "test.json";
            }
        };
    }
}
