package kz.tendik.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of another module whose pages use the portal's layout ({@code portal/layout}): the portal then
 * supplies what that layout needs (the quick exit's address and the safety pages of the footer). Such pages follow
 * the rules of {@link PortalSection}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PortalPage {
}
