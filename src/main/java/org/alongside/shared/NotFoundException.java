package org.alongside.shared;

/**
 * The record does not exist, or the user may not see it: both answer the same 404, so no one
 * can learn that a record exists by being refused it.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found");
    }
}
