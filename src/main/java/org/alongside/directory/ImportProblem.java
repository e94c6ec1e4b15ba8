package org.alongside.directory;

/** One refused row of an import (or, without a row, a problem with the whole file): where, which field, why. */
public record ImportProblem(String file, Integer row, String field, String reason) {

    public static ImportProblem wholeFile(String file, String reason) {
        return new ImportProblem(file, null, null, reason);
    }
}
