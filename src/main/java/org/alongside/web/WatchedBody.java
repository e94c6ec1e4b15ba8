package org.alongside.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request body's stream that shows each run of bytes to {@link #seen} as whoever reads the body
 * reads it, without keeping any: the one shape of the body's size and NUL check and of the
 * idempotency hash.
 */
abstract class WatchedBody extends ServletInputStream {

    private final ServletInputStream in;

    WatchedBody(ServletInputStream in) {
        this.in = in;
    }

    /** Called with every run of bytes read, in order; may refuse the body by throwing. */
    abstract void seen(byte[] buffer, int offset, int length) throws IOException;

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            seen(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            seen(buffer, offset, n);
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

    /** The body as text in the request's encoding (UTF-8 when it names none), read through {@code body}. */
    static BufferedReader reader(ServletRequest request, ServletInputStream body) {
        String encoding = request.getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(body, charset));
    }
}
