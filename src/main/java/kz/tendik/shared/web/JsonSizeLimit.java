package kz.tendik.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON body larger than {@code tendik.api.max-json-bytes} (default 4 MiB) before anything reads it: 413
 * with a problem detail in the caller's language. A body sent without a length is counted as it is read and
 * stops being readable at the limit (the request then fails as unreadable, 400). Files (CSV, multipart) have their
 * own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class JsonSizeLimit extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBytes;
    private final MessageSource messages;

    JsonSizeLimit(@Value("${tendik.api.max-json-bytes:4194304}") long maxBytes, MessageSource messages) {
        this.maxBytes = maxBytes;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            Locale locale = RequestContextUtils.getLocale(request);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getWriter(), java.util.Map.of(
                    "type", "urn:tendik:problem:tooLarge",
                    "title", messages.getMessage("problem.tooLarge.title", null, locale),
                    "status", HttpStatus.CONTENT_TOO_LARGE.value(),
                    "detail", messages.getMessage("problem.tooLarge.detail", new Object[] {String.valueOf(maxBytes / 1024)}, locale)));
            return;
        }
        chain.doFilter(length >= 0 ? request : new Counted(request, maxBytes), response);
    }

    /** A body of unknown length that ends (as unreadable) once it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new IOException("request body over the limit");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new IOException("request body over the limit");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
