package kz.tendik.portal.pages;

import java.time.Instant;

/** One safety or rights page in one language: its title and its body in Markdown. */
public record PublicPage(String slug, String language, int position, String title, String body, Instant updatedAt) {
}
