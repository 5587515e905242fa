package kz.tendik.portal.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = markdown.toHtml("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>");
        assertThat(html).doesNotContain("<script").doesNotContain("<div").contains("&lt;script&gt;");
    }

    @Test
    void dangerousLinkTargetsAreDroppedAndSafeOnesKept() {
        String html = markdown.toHtml("[a](javascript:alert(1)) [b](tel:111) [c](/help/centres) [d](https://example.org)");
        assertThat(html).doesNotContain("javascript:").contains("href=\"tel:111\"")
                .contains("href=\"/help/centres\"").contains("href=\"https://example.org\"")
                .contains("rel=\"noreferrer\"");
    }

    @Test
    void imagesBecomeTheirDescriptionSoNothingLoadsFromElsewhere() {
        String html = markdown.toHtml("![a tracking pixel](https://tracker.example/p.gif)");
        assertThat(html).doesNotContain("<img").doesNotContain("tracker.example").contains("a tracking pixel");
    }

    @Test
    void simpleMarkdownBecomesHeadingsListsAndEmphasis() {
        String html = markdown.toHtml("## Title\n\n- one\n- **two**");
        assertThat(html).contains("<h2>Title</h2>").contains("<li>one</li>").contains("<strong>two</strong>");
    }
}
