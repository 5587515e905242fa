package kz.tendik.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kazakh, Russian and English bundles have the same keys, none empty; every message key a template names
 * exists; the Kazakh bundles really are Kazakh (they use its own letters somewhere) and the Russian ones Cyrillic.
 */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)(?:\\(|})");
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        for (String basename : basenames()) {
            Properties en = load(basename + ".properties");
            Properties ru = load(basename + "_ru.properties");
            Properties kk = load(basename + "_kk.properties");
            assertThat(new TreeSet<>(ru.stringPropertyNames())).as(basename + "_ru keys")
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            assertThat(new TreeSet<>(kk.stringPropertyNames())).as(basename + "_kk keys")
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            for (Properties bundle : List.of(en, ru, kk)) {
                bundle.stringPropertyNames().forEach(key ->
                        assertThat(bundle.getProperty(key)).as(basename + " " + key).isNotBlank());
            }
        }
    }

    @Test
    void kazakhAndRussianBundlesAreWrittenInTheirOwnLanguage() throws IOException {
        for (String basename : basenames()) {
            Properties ru = load(basename + "_ru.properties");
            Properties kk = load(basename + "_kk.properties");
            if (ru.isEmpty()) {
                continue;
            }
            assertThat(String.join(" ", values(ru))).as(basename + "_ru is Cyrillic").containsPattern(CYRILLIC);
            assertThat(String.join(" ", values(kk))).as(basename + "_kk uses Kazakh letters")
                    .containsPattern(KAZAKH_LETTERS);
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String basename : basenames()) {
            known.addAll(load(basename + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    static List<String> basenames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
            String file = resource.getFilename();
            if (file != null && !file.contains("_")) {
                names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        assertThat(names).as("message bundles").isNotEmpty();
        return names;
    }

    private static List<String> values(Properties properties) {
        return properties.stringPropertyNames().stream().map(properties::getProperty).toList();
    }

    static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
