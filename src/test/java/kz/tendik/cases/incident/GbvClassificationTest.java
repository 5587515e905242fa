package kz.tendik.cases.incident;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GbvClassificationTest {

    @Test
    void theQuestionsAreAskedInTheGbvimsOrder() {
        assertThat(GbvClassification.QUESTIONS).containsExactly(GbvType.RAPE, GbvType.SEXUAL_ASSAULT,
                GbvType.PHYSICAL_ASSAULT, GbvType.FORCED_MARRIAGE, GbvType.DENIAL_OF_RESOURCES,
                GbvType.PSYCHOLOGICAL_ABUSE);
    }

    @ParameterizedTest
    @EnumSource(value = GbvType.class, names = "NON_GBV", mode = EnumSource.Mode.EXCLUDE)
    void aSingleYesGivesItsType(GbvType type) {
        assertThat(GbvClassification.fromYes(type).type()).contains(type);
    }

    @Test
    void theFirstYesWinsOverLaterOnes() {
        GbvClassification classification = GbvClassification.fromYes(GbvType.PSYCHOLOGICAL_ABUSE,
                GbvType.PHYSICAL_ASSAULT, GbvType.SEXUAL_ASSAULT);
        assertThat(classification.type()).contains(GbvType.SEXUAL_ASSAULT);
        assertThat(classification.outrankedYes()).containsExactly(GbvType.PHYSICAL_ASSAULT, GbvType.PSYCHOLOGICAL_ABUSE);
    }

    @Test
    void rapeWinsOverEverythingElse() {
        assertThat(GbvClassification.fromYes(GbvClassification.QUESTIONS.toArray(GbvType[]::new)).type()).contains(GbvType.RAPE);
    }

    @Test
    void sixNoesMeanNonGbv() {
        GbvClassification classification = GbvClassification.fromYes();
        assertThat(classification.type()).contains(GbvType.NON_GBV);
        assertThat(classification.nextQuestion()).isEmpty();
        assertThat(classification.outrankedYes()).isEmpty();
    }

    @Test
    void anOpenQuestionBeforeAnyYesLeavesTheTypeUndecidedAndIsAskedNext() {
        Map<GbvType, Boolean> answers = new EnumMap<>(GbvType.class);
        answers.put(GbvType.RAPE, false);
        answers.put(GbvType.PHYSICAL_ASSAULT, true);
        GbvClassification classification = GbvClassification.of(answers);
        assertThat(classification.type()).isEmpty();
        assertThat(classification.nextQuestion()).contains(GbvType.SEXUAL_ASSAULT);
    }

    @Test
    void questionsAfterTheFirstYesNeedNoAnswer() {
        Map<GbvType, Boolean> answers = new EnumMap<>(GbvType.class);
        answers.put(GbvType.RAPE, false);
        answers.put(GbvType.SEXUAL_ASSAULT, false);
        answers.put(GbvType.PHYSICAL_ASSAULT, true);
        GbvClassification classification = GbvClassification.of(answers);
        assertThat(classification.type()).contains(GbvType.PHYSICAL_ASSAULT);
        assertThat(classification.nextQuestion()).isEmpty();
    }

    @Test
    void withNoAnswersTheFirstQuestionIsRape() {
        assertThat(GbvClassification.of(Map.of()).nextQuestion()).contains(GbvType.RAPE);
    }

    @Test
    void nonGbvIsNotAQuestion() {
        assertThatThrownBy(() -> GbvClassification.of(Map.of(GbvType.NON_GBV, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(GbvType.NON_GBV::questionKey).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachTypeMapsToTheFormOfKazakhstansLaw() {
        assertThat(GbvType.RAPE.lawForm()).contains(LawForm.SEXUAL);
        assertThat(GbvType.SEXUAL_ASSAULT.lawForm()).contains(LawForm.SEXUAL);
        assertThat(GbvType.PHYSICAL_ASSAULT.lawForm()).contains(LawForm.PHYSICAL);
        assertThat(GbvType.FORCED_MARRIAGE.lawForm()).contains(LawForm.PSYCHOLOGICAL);
        assertThat(GbvType.DENIAL_OF_RESOURCES.lawForm()).contains(LawForm.ECONOMIC);
        assertThat(GbvType.PSYCHOLOGICAL_ABUSE.lawForm()).contains(LawForm.PSYCHOLOGICAL);
        assertThat(GbvType.NON_GBV.lawForm()).isEmpty();
    }

    @Test
    void everyLawFormIsReachedFromSomeGbvType() {
        assertThat(java.util.Arrays.stream(GbvType.values()).flatMap(t -> t.lawForm().stream()))
                .contains(LawForm.values());
    }
}
