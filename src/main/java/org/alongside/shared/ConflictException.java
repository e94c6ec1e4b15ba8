package org.alongside.shared;

/** The request clashes with the record's current state (for example an email already in use). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
