package kz.tendik.audit.events;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current HTTP request came from, if the event happened during one. */
final class RequestOrigin {

    private RequestOrigin() {
    }

    static String clientIp() {
        HttpServletRequest request = current();
        return request == null ? null : request.getRemoteAddr();
    }

    /** Method and path, without the query string (which could carry search terms). */
    static String request() {
        HttpServletRequest request = current();
        return request == null ? null : request.getMethod() + " " + request.getRequestURI();
    }

    private static HttpServletRequest current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
