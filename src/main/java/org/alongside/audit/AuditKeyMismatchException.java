package org.alongside.audit;

/** A node was given an audit key other than the one the trail was sealed with; it must not start. */
class AuditKeyMismatchException extends IllegalStateException {

    AuditKeyMismatchException(String reason) {
        super(reason);
    }
}
