package org.alongside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends each page whole, after the request is done. Spring Session saves the session as soon as a
 * response is flushed or fills its buffer, and then reads it from the database again when the
 * request ends; Thymeleaf flushes at the end of every page, so every page read the session twice.
 * Here the buffer holds 64 KB and the page's own flush waits for the end of the request, when the
 * container sends what is left. Larger responses (exports) still stream as the buffer fills.
 */
class WholePageFilter extends OncePerRequestFilter {

    static final int BUFFER_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted()) {
            response.setBufferSize(BUFFER_BYTES);
        }
        chain.doFilter(request, new FlushAtTheEnd(response));
    }

    /** A response whose writer's flush is left to the container, which sends everything when the request ends. */
    private static final class FlushAtTheEnd extends HttpServletResponseWrapper {

        private PrintWriter writer;

        FlushAtTheEnd(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // The container flushes when the request ends, after the session is saved.
                    }
                };
            }
            return writer;
        }
    }
}
