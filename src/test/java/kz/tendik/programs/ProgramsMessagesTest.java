package kz.tendik.programs;

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

import kz.tendik.programs.impact.McNemarMethod;
import kz.tendik.programs.impact.NotComputableReason;
import kz.tendik.programs.impact.SignedRankMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason, method and message the measurement core names has its text in English, Russian and Kazakh. */
class ProgramsMessagesTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(NotComputableReason.class,
            SignedRankMethod.class, McNemarMethod.class);

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:programs|validation)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    @Test
    void everyValueOfEveryEnumHasItsTextInAllThreeLanguages() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            Method messageKey = type.getMethod("messageKey");
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add((String) messageKey.invoke(value));
            }
        }
        assertKnownEverywhere(keys);
    }

    @Test
    void everyMessageKeyTheCodeNamesExistsInAllThreeLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/kz/tendik/programs"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).as("keys found in the sources").contains("programs.survey.answerOutOfRange",
                "programs.survey.unknownItem", "validation.required");
        assertKnownEverywhere(new ArrayList<>(keys));
    }

    private static void assertKnownEverywhere(List<String> keys) throws IOException {
        for (String suffix : List.of("", "_ru", "_kk")) {
            Properties bundle = load("i18n/programs" + suffix + ".properties");
            bundle.putAll(load("i18n/shared" + suffix + ".properties"));
            assertThat(keys).as("keys missing from programs" + suffix).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProgramsMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
