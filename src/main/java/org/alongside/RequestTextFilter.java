package org.alongside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, text that PostgreSQL cannot store or that is not text at
 * all: a NUL character in a parameter or a JSON body, or parameters that are not valid UTF-8. The
 * answer is a 400 that says so (problem details for the API), and nothing is saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestTextFilter extends OncePerRequestFilter {

    static final String NUL = "Text cannot contain the NUL character (\\u0000). Remove it and send again.";
    static final String NOT_UTF8 = "A parameter is not valid text: send it encoded as UTF-8.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = parameterProblem(request);
        HttpServletRequest checked = request;
        if (problem == null && isJson(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            problem = containsNul(body) ? NUL : null;
            checked = new CachedBodyRequest(request, body);
        }
        if (problem != null) {
            refuse(request, response, problem);
            return;
        }
        chain.doFilter(checked, response);
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
                return NUL;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return NUL;
                }
            }
        }
        return null;
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    /** A raw NUL byte, or the JSON escape \u0000 (in any case). */
    static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\'
                    && i + 5 < body.length
                    && (body[i + 1] == 'u' || body[i + 1] == 'U')
                    && body[i + 2] == '0'
                    && body[i + 3] == '0'
                    && body[i + 4] == '0'
                    && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
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
