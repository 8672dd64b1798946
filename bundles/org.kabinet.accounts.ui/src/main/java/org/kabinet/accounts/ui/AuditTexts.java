package org.kabinet.accounts.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit events as staff read them: the type in words, and details whose moments, written as ISO instants, become
 * «24.02.2027 05:20» in the portal's zone.
 */
final class AuditTexts {
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private AuditTexts() {
    }

    /**
     * An event type as staff read it («Счёт привязан», «Приглашение отправлено» …); a type this page does not know yet
     * (a newer accounts module) shows as it is rather than not at all.
     */
    static String event(String type, Messages m) {
        return type != null && m.has("audit." + type) ? m.get("audit." + type) : type == null ? "" : type;
    }

    static String humanDates(String detail, DateTimeFormatter format) {
        if (detail == null) {
            return "";
        }
        Matcher m = INSTANT.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = format.format(Instant.parse(m.group()));
            } catch (DateTimeParseException e) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
