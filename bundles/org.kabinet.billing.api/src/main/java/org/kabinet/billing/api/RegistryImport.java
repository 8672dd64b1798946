package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.util.List;

/** What a payment registry import did: payments posted now and before, their total — or every bad line and nothing posted. */
public record RegistryImport(int posted, int alreadyPosted, BigDecimal total, List<LineProblem> problems) {
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** A bad line of a file (0: the file as a whole) and what is wrong with it. */
    public record LineProblem(int line, String reason) {
    }
}
