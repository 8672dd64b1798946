package org.kabinet.billing.impl;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Statement files in letters: their names and the reference from which the outbox has the PDF built
 * when the letter is sent ({@code statement:<account>:<tenant>:<from>:<to>}).
 */
public final class StatementFiles {
    public static final String SOURCE = "statement";
    public static final String PDF = "application/pdf";

    /** What a reference names. */
    public record Reference(String accountId, String tenantId, YearMonth from, YearMonth to) {
    }

    private StatementFiles() {
    }

    /** «vypiska-1001-2026-01-2026-11.pdf» (Latin: every mail program shows it). */
    public static String name(String number, YearMonth from, YearMonth to) {
        return "vypiska-" + number.replaceAll("[^\\p{Alnum}-]", "_") + "-" + from + (from.equals(to) ? "" : "-" + to) + ".pdf";
    }

    public static String source(String accountId, String tenantId, YearMonth from, YearMonth to) {
        return SOURCE + ":" + accountId + ":" + tenantId + ":" + from + ":" + to;
    }

    /** The reference after {@code statement:}; empty when it is malformed. */
    public static Optional<Reference> read(String reference) {
        String[] parts = reference.split(":", -1);
        try {
            if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank()) {
                return Optional.empty();
            }
            Reference read = new Reference(parts[0], parts[1], YearMonth.parse(parts[2]), YearMonth.parse(parts[3]));
            return read.from().isAfter(read.to()) ? Optional.empty() : Optional.of(read);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
