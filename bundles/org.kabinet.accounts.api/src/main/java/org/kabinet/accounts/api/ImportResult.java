package org.kabinet.accounts.api;

import java.util.List;

/**
 * The outcome of an import. With any problem nothing was changed ({@code applied} is false);
 * otherwise the counts tell what the file did.
 */
public record ImportResult(boolean applied, int created, int updated, int unchanged, List<ImportProblem> problems) {
}
