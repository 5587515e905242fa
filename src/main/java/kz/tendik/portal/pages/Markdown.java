package kz.tendik.portal.pages;

import java.util.List;
import java.util.Set;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the administrators' Markdown (CommonMark) to safe HTML: raw HTML in the source is escaped and shown as
 * text, link targets other than http, https, mailto, tel and relative ones are dropped, and images are shown as
 * their description only — a public page never loads anything from elsewhere. Links get
 * {@code rel="noreferrer"}, so the site a visitor follows learns nothing about where she came from.
 */
@Component
public class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .nodeRendererFactory(ImageAsText::new)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noreferrer");
                }
            })
            .build();

    /** Safe HTML for the Markdown text; {@code null} renders as nothing. */
    public String toHtml(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** An image becomes the plain text of its description. */
    private static final class ImageAsText implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            StringBuilder alt = new StringBuilder();
            collect(image, alt);
            context.getWriter().text(alt.toString());
        }

        private static void collect(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    out.append(text.getLiteral());
                }
                collect(child, out);
            }
        }
    }
}
