package org.alongside.shared.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * Thrown while a request's body is being read, as soon as it passes the size limit or carries a
 * NUL character: whoever was reading stops there, and the answer is this status with this detail.
 */
public final class RequestBodyRefused extends IOException {

    public static final String NUL = "Text cannot contain the NUL character (\\u0000). Remove it and send again.";

    private final HttpStatus status;

    private RequestBodyRefused(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public static RequestBodyRefused tooLarge(long limit) {
        return new RequestBodyRefused(HttpStatus.CONTENT_TOO_LARGE, tooLargeDetail(limit));
    }

    public static RequestBodyRefused nul() {
        return new RequestBodyRefused(HttpStatus.BAD_REQUEST, NUL);
    }

    public static String tooLargeDetail(long limit) {
        return "The request body is larger than the " + megabytes(limit)
                + " this address takes. Nothing was read or saved.";
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return status == HttpStatus.CONTENT_TOO_LARGE ? "Content too large" : "Bad request";
    }

    /** The refusal somewhere in a chain of causes (a JSON reader or a copy wraps it), if any. */
    public static RequestBodyRefused in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private static String megabytes(long bytes) {
        return bytes % 1_000_000 == 0 ? bytes / 1_000_000 + " MB" : bytes + " bytes";
    }
}
