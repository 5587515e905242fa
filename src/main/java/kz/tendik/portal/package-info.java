/**
 * Public portal: help for anyone, without an account and without leaving traces — the hotlines, a finder for
 * family support centres (by region, city, service, or "near me" computed on the server and never stored), safety
 * and rights pages that administrators edit in Markdown, and a quick exit on every page. Public pages live under
 * {@code /help}; they load nothing from another origin and set no cookie but the language choice.
 * Published indicators (the public dashboards and open data) join through {@link kz.tendik.portal.PortalSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package kz.tendik.portal;
