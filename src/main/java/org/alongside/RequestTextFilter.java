package org.alongside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.alongside.shared.web.RequestBodyRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs inside each security chain once it is known who is asking, before anything reads a
 * parameter. A body from someone not signed in is refused unread (the sign-in form alone may send
 * one), as the chain would refuse the request anyway; then parameters holding text PostgreSQL cannot
 * store (a NUL character) or that are not valid UTF-8 are refused with a 400 that says so, before
 * anything is saved. JSON bodies are checked while they are read ({@link BoundedBodyRequest}).
 */
final class RequestTextFilter extends OncePerRequestFilter {

    static final String NOT_UTF8 = "A parameter is not valid text: send it encoded as UTF-8.";

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
        String problem = parameterProblem(request);
        if (problem != null) {
            refuse(request, response, problem);
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

    private static String parameterProblem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return NOT_UTF8;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return RequestBodyRefused.NUL;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return RequestBodyRefused.NUL;
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String problem)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            SecurityConfiguration.writeProblem(response, HttpStatus.BAD_REQUEST, "Bad request", problem);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), problem);
        }
    }
}
