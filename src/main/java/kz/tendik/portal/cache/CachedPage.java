package kz.tendik.portal.cache;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** A rendered public page: its bytes and the two headers that describe them. */
record CachedPage(byte[] body, String contentType, String contentLanguage) {

    /** A proxy may keep the page briefly (RFC 9213); the browser still may not, and the language decides the text. */
    static void markCacheable(HttpServletResponse response) {
        response.setHeader("CDN-Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Accept-Language, Cookie");
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        if (contentLanguage != null) {
            response.setHeader("Content-Language", contentLanguage);
        }
        markCacheable(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
