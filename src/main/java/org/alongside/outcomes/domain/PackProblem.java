package org.alongside.outcomes.domain;

import java.util.List;

/**
 * One thing wrong with an instrument pack: where ({@code items[3]}, {@code bands}) and what, as a
 * message key of the bundles ({@code instrument.problem.*}) with its arguments, so an administrator
 * reads it in their language.
 */
public record PackProblem(String where, String key, List<Object> args) {

    public PackProblem {
        args = List.copyOf(args);
    }

    static PackProblem of(String where, String key, Object... args) {
        return new PackProblem(where, "instrument.problem." + key, List.of(args));
    }
}
