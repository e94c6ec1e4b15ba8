package org.alongside.directory;

import java.util.List;
import java.util.Map;

/**
 * What an import did: whether anything was saved, how many rows of each HSDS table, each refused
 * row with its reason, what was ignored (files, columns and fields HSDS 3.0 does not define), and
 * the problems that made the whole file invalid (then nothing was saved).
 */
public record ImportReport(
        boolean saved,
        Map<String, Integer> counts,
        List<ImportProblem> refused,
        List<String> ignored,
        List<ImportProblem> wholeFile) {

    public ImportReport {
        counts = Map.copyOf(counts);
        refused = List.copyOf(refused);
        ignored = List.copyOf(ignored);
        wholeFile = List.copyOf(wholeFile);
    }

    public static ImportReport invalid(List<ImportProblem> problems, List<String> ignored) {
        return new ImportReport(false, Map.of(), List.of(), ignored, problems);
    }
}
