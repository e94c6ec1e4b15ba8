package org.alongside.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
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
        return WatchedBody.reader(this, getInputStream());
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

    private static final class Hashing extends WatchedBody {
        private final MessageDigest digest;

        Hashing(ServletInputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        void seen(byte[] buffer, int offset, int length) {
            digest.update(buffer, offset, length);
        }
    }
}
