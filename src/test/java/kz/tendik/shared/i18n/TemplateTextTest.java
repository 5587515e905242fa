package kz.tendik.shared.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template holds user-facing text of its own: every visible text and every text attribute (placeholder,
 * title, alt, aria-label) comes from the message bundles, so nothing shows untranslated. Text inside an element
 * whose content Thymeleaf replaces (th:text, th:utext, th:replace, th:insert) is only a prototype placeholder
 * and is allowed.
 */
class TemplateTextTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "(?<![:\\w-])(placeholder|title|alt|aria-label|value)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    @Test
    void templatesContainNoLiteralUserFacingText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                literals.addAll(literalsIn(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(literals).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextAndAcceptsTranslatedText() {
        assertThat(literalsIn("t", "<p>Hello</p>")).hasSize(1);
        assertThat(literalsIn("t", "<input placeholder=\"Name\">")).hasSize(1);
        assertThat(literalsIn("t", "<p th:text=\"#{greeting}\">Hello <b>you</b></p>")).isEmpty();
        assertThat(literalsIn("t", "<input th:placeholder=\"#{name}\" placeholder=\"Name\">")).isEmpty();
        assertThat(literalsIn("t", "<p>&nbsp;·&nbsp;</p><span>2026</span>")).isEmpty();
    }

    static List<String> literalsIn(String name, String html) {
        String source = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
        List<String> literals = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        replaced.push(false);
        Matcher tag = TAG.matcher(source);
        int position = 0;
        while (tag.find()) {
            check(name, source.substring(position, tag.start()), replaced.peek(), literals);
            position = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String element = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            if (closing) {
                if (replaced.size() > 1) {
                    replaced.pop();
                }
                continue;
            }
            boolean replacing = replaced.peek() || REPLACING.stream().anyMatch(a -> attributes.contains(a + "="));
            Matcher attribute = TEXT_ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                boolean translated = attributes.contains("th:" + attribute.group(1) + "=")
                        || attributes.contains("th:attr=") || replaced.peek();
                if (!translated && LETTER.matcher(attribute.group(2)).find() && !attribute.group(1).equals("value")) {
                    literals.add(name + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
            if (!VOID.contains(element) && tag.group(4).isEmpty()) {
                replaced.push(replacing);
            }
        }
        check(name, source.substring(position), replaced.peek(), literals);
        return literals;
    }

    private static void check(String name, String text, boolean replaced, List<String> literals) {
        String visible = text.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ").trim();
        if (!replaced && LETTER.matcher(visible).find()) {
            literals.add(name + ": \"" + visible + "\"");
        }
    }
}
