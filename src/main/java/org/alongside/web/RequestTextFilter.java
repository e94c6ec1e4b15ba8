package org.alongside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.alongside.shared.web.RequestBodyRefused;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs inside each security chain once it is known who is asking, before anything reads a
 * parameter. A body from someone not signed in is refused unread (the sign-in form alone may send
 * one), as the chain would refuse the request anyway; then parameters holding text PostgreSQL cannot
 * store (a NUL character) or that are not valid UTF-8 are refused with a 400 that says so, and a
 * form or upload Tomcat found over its limit with a 413, before anything is saved. JSON bodies are checked while they are read ({@link BoundedBodyRequest}).
 */
final class RequestTextFilter extends OncePerRequestFilter {

    static final String NOT_UTF8 = "A parameter is not valid text: send it encoded as UTF-8.";
    static final String TOO_LARGE =
            "What was sent is larger than this address takes (a form, or a file over the import's limit). Nothing was saved.";

    /** How this chain answers someone who must sign in first. */
    interface Unsigned {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
    }

    private final Unsigned unsigned;
    private final String signInPath;

    /** {@code signInPath}: the one address that takes a body from someone not signed in, or null. */
    RequestTextFilter(Unsigned unsigned, String signInPath) {
        this.unsigned = unsigned;
        this.signInPath = signInPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBody(request) && !signedIn() && !isSignIn(request)) {
            unsigned.refuse(request, response);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                SecurityConfiguration.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
            } else {
                SecurityConfiguration.refuse(request, response, HttpStatus.BAD_REQUEST, NOT_UTF8);
            }
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            SecurityConfiguration.refuse(request, response, HttpStatus.BAD_REQUEST, NOT_UTF8);
            return;
        }
        if (containsNul(parameters)) {
            SecurityConfiguration.refuse(request, response, HttpStatus.BAD_REQUEST, RequestBodyRefused.NUL);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().equals(signInPath);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private static boolean containsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
