package org.alongside.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/**
 * Recognises the database refusing a value as data (SQL state class 22: a date out of its range,
 * a number too large, text it cannot store), which means the input was bad, not the server.
 */
final class StorageErrors {

    static final String MESSAGE =
            "One of the values cannot be stored (for example a date far outside any real range). Nothing was saved.";
    static final String READ_MESSAGE =
            "One of the values asked for cannot be used (for example a date far outside any real range).";

    /** The sentence for this request: a read saved nothing and never says it did. */
    static String message(HttpServletRequest request) {
        return isRead(request) ? READ_MESSAGE : MESSAGE;
    }

    static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private StorageErrors() {}

    static boolean isBadValue(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
