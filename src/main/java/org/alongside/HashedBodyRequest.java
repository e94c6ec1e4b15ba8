package org.alongside;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A request as the work reads it, hashing its path and body on the way (SHA-256), so that a retry
 * can be told apart from another request without keeping the body. {@link #hash()} first reads
 * whatever the work left unread, through the body's size limit.
 */
final class HashedBodyRequest extends HttpServletRequestWrapper {

    private final MessageDigest digest;
    private ServletInputStream hashing;
    private byte[] hash;

    HashedBodyRequest(HttpServletRequest request) {
        super(request);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (hashing == null) {
            hashing = new Hashing(super.getInputStream(), digest);
        }
        return hashing;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The hash of the path and the whole body. */
    byte[] hash() throws IOException {
        if (hash == null) {
            getInputStream().transferTo(OutputStream.nullOutputStream());
            hash = digest.digest();
        }
        return hash;
    }

    /** The hash, or null when the body could not be read to its end (over the limit, or cut off). */
    byte[] hashOrNull() {
        try {
            return hash();
        } catch (IOException e) {
            return null;
        }
    }

    private static final class Hashing extends ServletInputStream {
        private final ServletInputStream in;
        private final MessageDigest digest;

        Hashing(ServletInputStream in, MessageDigest digest) {
            this.in = in;
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
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
    }
}
