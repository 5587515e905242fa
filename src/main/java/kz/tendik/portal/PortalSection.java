package kz.tendik.portal;

/**
 * A section another module adds to the public portal's home page, such as the published indicator dashboards
 * and the open data (issue 6, item 5). The module declares it as a bean; its pages must follow the portal's rules:
 * public ({@code Action.PUBLIC}) GET pages under {@code /help/}, the portal layout with its quick exit, no
 * third-party resources, no cookies, and never any personal data.
 */
public record PortalSection(String titleKey, String descriptionKey, String path, int order) {

    public PortalSection {
        if (path == null || !path.startsWith("/help/")) {
            throw new IllegalArgumentException("a portal section lives under /help/: " + path);
        }
    }
}
