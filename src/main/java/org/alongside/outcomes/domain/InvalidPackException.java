package org.alongside.outcomes.domain;

import java.util.List;

/** An instrument pack that was refused, with every problem found; nothing was added. */
public class InvalidPackException extends RuntimeException {

    private final List<PackProblem> problems;

    public InvalidPackException(List<PackProblem> problems) {
        super(problems.size() + " problem(s) in the instrument pack");
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
