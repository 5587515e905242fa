package kz.tendik.cases.risk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskInstrumentsTest {

    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһі]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final RiskInstruments instruments = new RiskInstruments();

    @Test
    void theShippedChecklistFollowsTheDashModel() {
        RiskInstrument checklist = instruments.standard();
        assertThat(checklist.code()).isEqualTo(RiskInstruments.DEFAULT_CODE);
        assertThat(checklist.version()).isEqualTo(1);
        assertThat(checklist.questions()).hasSizeBetween(24, 27).allSatisfy(q -> assertThat(q.weight()).isEqualTo(1));
        assertThat(checklist.thresholds()).containsExactlyInAnyOrderEntriesOf(
                Map.of(RiskLevel.STANDARD, 0, RiskLevel.MEDIUM, 10, RiskLevel.HIGH, 14));
        assertThat(checklist.questions()).extracting(RiskQuestion::code).contains("recent-separation",
                "pregnancy-or-new-baby", "getting-worse", "strangulation", "threats-to-kill", "weapon-used", "stalking",
                "child-contact-conflict", "substance-or-mental-health", "prior-offences", "isolation",
                "financial-problems", "controlling-or-jealous", "threats-to-children", "sexual-abuse", "hurt-animals",
                "breached-orders", "perpetrator-suicidal");
    }

    @Test
    void everyQuestionIsWrittenInKazakhRussianAndEnglish() {
        for (RiskQuestion question : instruments.standard().questions()) {
            assertThat(question.text().kk()).as(question.code()).containsPattern(CYRILLIC).endsWith("?");
            assertThat(question.text().ru()).as(question.code()).containsPattern(CYRILLIC).endsWith("?");
            assertThat(question.text().en()).as(question.code()).doesNotContainPattern(CYRILLIC).endsWith("?");
        }
        String allKazakh = String.join(" ", instruments.standard().questions().stream().map(q -> q.text().kk()).toList());
        assertThat(allKazakh).containsPattern(KAZAKH_LETTERS);
    }

    @Test
    void aTextIsShownInTheUsersLanguageAndInEnglishForAnyOther() {
        LocalizedText text = new LocalizedText("қазақша", "по-русски", "in English");
        assertThat(text.in(Locale.forLanguageTag("kk"))).isEqualTo("қазақша");
        assertThat(text.in(Locale.forLanguageTag("ru-KZ"))).isEqualTo("по-русски");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("in English");
        assertThat(text.in(null)).isEqualTo("in English");
    }

    @Test
    void anInstrumentIsFoundByCodeAndVersionAndTheLatestVersionIsUsedForNewAssessments() {
        RiskInstruments two = new RiskInstruments(List.of(json(instrument(1, 10, 14)), json(instrument(2, 9, 14))));
        assertThat(two.latest("test-checklist")).map(RiskInstrument::version).contains(2);
        assertThat(two.find("test-checklist", 1)).map(i -> i.thresholds().get(RiskLevel.MEDIUM)).contains(10);
        assertThat(two.find("test-checklist", 3)).isEmpty();
        assertThat(two.all()).extracting(RiskInstrument::version).containsExactly(1, 2);
    }

    @Test
    void theSameVersionTwiceIsRefused() {
        assertThatThrownBy(() -> new RiskInstruments(List.of(json(instrument(1, 10, 14)), json(instrument(1, 10, 14)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats");
    }

    @Test
    void aFileWithAnUnknownFieldIsRefusedNamingTheFile() {
        String text = instrument(1, 10, 14).replace("\"version\"", "\"colour\": \"red\", \"version\"");
        assertThatThrownBy(() -> RiskInstruments.read(json(text)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.json");
    }

    @Test
    void thresholdsThatDoNotRiseOrCannotBeReachedAreRefused() {
        assertThatThrownBy(() -> RiskInstruments.read(json(instrument(1, 14, 10)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RiskInstruments.read(json(instrument(1, 10, 99)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RiskInstruments.read(json(instrument(1, 10, 14).replace("\"STANDARD\": 0", "\"STANDARD\": 1"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aQuestionWithoutOneOfTheThreeLanguagesIsRefused() {
        assertThatThrownBy(() -> RiskInstruments.read(json(instrument(1, 10, 14).replace("\"en\": \"q0\"", "\"en\": \" \""))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRepeatedQuestionCodeIsRefused() {
        assertThatThrownBy(() -> RiskInstruments.read(json(instrument(1, 10, 14).replace("\"code\": \"q1\"", "\"code\": \"q0\""))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeats question q0");
    }

    /** An instrument of 20 questions weighing 1, with the given medium and high thresholds. */
    static String instrument(int version, int medium, int high) {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            questions.append(i == 0 ? "" : ",").append("""
                    {"code": "q%d", "weight": 1, "text": {"kk": "сұрақ %d", "ru": "вопрос %d", "en": "q%d"}}"""
                    .formatted(i, i, i, i));
        }
        return """
                {"code": "test-checklist", "version": %d,
                 "title": {"kk": "тексеру", "ru": "проверка", "en": "test"}, "source": "tests",
                 "thresholds": {"STANDARD": 0, "MEDIUM": %d, "HIGH": %d},
                 "questions": [%s]}""".formatted(version, medium, high, questions);
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
