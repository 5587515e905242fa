package kz.tendik.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.ClosureItem;
import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvClassification;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LawForm;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.measure.Issuer;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.measure.SpecialCondition;
import kz.tendik.cases.risk.RiskAnswer;
import kz.tendik.cases.risk.RiskLevel;
import kz.tendik.cases.survivor.IinMismatch;
import kz.tendik.cases.survivor.IinProblem;
import kz.tendik.cases.survivor.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value a screen shows and every message the rules give has its text in English, Russian and Kazakh. */
class CasesMessagesTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Sex.class, kz.tendik.cases.survivor.MaritalStatus.class,
            kz.tendik.cases.survivor.DisplacementStatus.class, IinProblem.class,
            IinMismatch.class, LawForm.class, GbvType.class, Relationship.class, AgeGroup.class, TimeOfDay.class,
            LocationType.class, HarmfulTraditionalPractice.class, AbductionType.class, ReportedElsewhere.class,
            ReportingDelay.class, CaseContextFlag.class, RiskLevel.class, RiskAnswer.class, Issuer.class,
            MeasureType.class, SpecialCondition.class, CaseStage.class, FamilyCategory.class, ClosureReason.class,
            ClosureItem.class, kz.tendik.cases.survivor.ChannelKind.class,
            kz.tendik.cases.casefile.ConsentPurpose.class, kz.tendik.cases.casefile.ReferralPurpose.class,
            kz.tendik.cases.casefile.CaseEventType.class, kz.tendik.cases.incidents.LegalActionWish.class,
            kz.tendik.cases.incidents.ReferredFrom.class, kz.tendik.cases.incidents.PerpetratorOccupation.class,
            kz.tendik.cases.survivor.ProfilePart.class);

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:cases|validation)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    @Test
    void everyValueOfEveryEnumHasItsNameInAllThreeLanguages() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            Method messageKey = type.getMethod("messageKey");
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add((String) messageKey.invoke(value));
            }
        }
        GbvClassification.QUESTIONS.forEach(question -> keys.add(question.questionKey()));
        assertKnownEverywhere(keys);
    }

    @Test
    void everyMessageKeyTheRulesNameExistsInAllThreeLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/kz/tendik/cases"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).as("keys found in the sources").contains("cases.measure.endBeforeStart", "validation.required");
        assertKnownEverywhere(new ArrayList<>(keys));
    }

    private static void assertKnownEverywhere(List<String> keys) throws IOException {
        for (String suffix : List.of("", "_ru", "_kk")) {
            Properties bundle = load("i18n/cases" + suffix + ".properties");
            bundle.putAll(load("i18n/shared" + suffix + ".properties"));
            assertThat(keys).as("keys missing from cases" + suffix).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CasesMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
