package kz.tendik.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs the access policy before every controller method of Tendik. A Tendik endpoint without
 * {@link Requires} is refused: access is denied by default.
 */
class PolicyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PolicyInterceptor.class);
    private final AccessPolicy policy;

    PolicyInterceptor(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isTendik(method)) {
            return true; // static resources, framework endpoints (error, api-docs): secured by the filter chain
        }
        Requires requires = requirement(method);
        if (requires == null) {
            log.error("Endpoint {} has no @Requires rule; refused", method.getShortLogMessage());
            throw new AccessDeniedException("endpoint without an access rule");
        }
        if (requires.value() != Action.PUBLIC) {
            policy.require(AccessPolicy.currentUser().orElse(null), requires.value());
        }
        return true;
    }

    static boolean isTendik(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("kz.tendik");
    }

    static Requires requirement(HandlerMethod method) {
        Requires onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
    }
}
