package org.alongside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.alongside.shared.web.RequestBodyRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything can read it, and reads none itself: a declared length
 * over the limit is answered 413 at once; any other body is checked as it is read (its length, and
 * NUL characters in JSON), so a body sent without a length stops at the same limit. The limit is
 * {@code alongside.request.max-body-bytes} (1 MB); directory imports through the API stream to disk
 * and stop at their own limit. Uploads from a page (multipart) are bounded by the multipart
 * settings, forms by Tomcat's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestBodyLimit extends OncePerRequestFilter {

    static final String IMPORTS = "/api/v1/directory/imports";

    private final long maxBytes;

    RequestBodyLimit(@Value("${alongside.request.max-body-bytes:1000000}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equals(request.getMethod()) && IMPORTS.equals(request.getRequestURI())) {
            // the import streams its upload to disk and stops at its own, larger limit with its own message
            chain.doFilter(new BoundedBodyRequest(request, Long.MAX_VALUE, type.contains("json")), response);
            return;
        }
        long limit = maxBytes;
        if (request.getContentLengthLong() > limit) {
            SecurityConfiguration.refuse(
                    request, response, HttpStatus.CONTENT_TOO_LARGE, RequestBodyRefused.tooLargeDetail(limit));
            return;
        }
        chain.doFilter(new BoundedBodyRequest(request, limit, type.contains("json")), response);
    }
}
