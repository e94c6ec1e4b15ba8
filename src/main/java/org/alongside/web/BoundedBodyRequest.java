package org.alongside.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import org.alongside.shared.web.RequestBodyRefused;

/**
 * A request whose body is checked while whoever needs it reads it, never buffered: past {@code
 * limit} bytes, or (for JSON) at a NUL character, a raw zero byte or the escape backslash-u0000,
 * the read throws {@link RequestBodyRefused}. Nothing is read until someone asks.
 */
final class BoundedBodyRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final boolean json;
    private ServletInputStream checked;

    BoundedBodyRequest(HttpServletRequest request, long limit, boolean json) {
        super(request);
        this.limit = limit;
        this.json = json;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (checked == null) {
            checked = new CheckedStream(super.getInputStream(), limit, json);
        }
        return checked;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return WatchedBody.reader(this, getInputStream());
    }

    /** Counts and scans each byte as it passes; the scan keeps its place across reads. */
    static final class CheckedStream extends WatchedBody {

        private static final byte[] ESCAPE = {'\\', 'u', '0', '0', '0', '0'};

        private final long limit;
        private final boolean json;
        private long count;
        private int matched; // how many bytes of the escape (backslash, u, four zeros) the last bytes were

        CheckedStream(ServletInputStream in, long limit, boolean json) {
            super(in);
            this.limit = limit;
            this.json = json;
        }

        @Override
        void seen(byte[] buffer, int offset, int n) throws RequestBodyRefused {
            count += n;
            if (count > limit) {
                throw RequestBodyRefused.tooLarge(limit);
            }
            if (!json) {
                return;
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    throw RequestBodyRefused.nul();
                }
                scan(buffer[i]);
            }
        }

        /** Follows JSON escapes: a doubled backslash is one backslash, so only a backslash that starts an escape counts. */
        private void scan(byte b) throws RequestBodyRefused {
            if (matched == 1 && b == '\\') {
                matched = 0; // an escaped backslash
            } else if (matched == 1 && b == 'U') {
                matched = 2;
            } else if (b == ESCAPE[matched]) {
                matched++;
            } else {
                matched = b == '\\' ? 1 : 0;
            }
            if (matched == ESCAPE.length) {
                throw RequestBodyRefused.nul();
            }
        }
    }
}
