package kz.tendik.portal;

/**
 * Something shown on the public pages changed (a safety page edited, indicator values published): public pages kept
 * in memory must be rendered afresh. Carries nothing but the kind of content.
 */
public record PublicContentChanged(String content) {
}
