package org.kabinet.accounts.api;

/** One bad line of an import: its number in the file (the header is line 1) and what is wrong, in Russian. */
public record ImportProblem(int line, String reason) {
}
