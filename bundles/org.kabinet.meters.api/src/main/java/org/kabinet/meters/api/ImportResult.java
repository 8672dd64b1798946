package org.kabinet.meters.api;

import java.util.List;

/** What a CSV import did: rows stored — or every bad line and nothing stored (all or nothing). */
public record ImportResult(int stored, List<LineProblem> problems) {
    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** A bad line of a file (0: the file as a whole) and what is wrong with it. */
    public record LineProblem(int line, String reason) {
    }
}
