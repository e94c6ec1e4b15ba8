package org.alongside.shared;

/** An action a test makes up, so its audit rows are its own to count; never part of the vocabulary. */
public record TestAction(Definition definition) implements Action {

    public static TestAction reading(String code) {
        return new TestAction(Action.read(code));
    }

    public static TestAction changing(String code) {
        return new TestAction(Action.change(code));
    }

    public static TestAction listing(String code) {
        return new TestAction(Action.list(code));
    }
}
