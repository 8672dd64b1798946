package org.kabinet.communication.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.NotFoundException;

/**
 * A thread as staff name it on the console: the number the tenant quotes ({@code О-2026-00042}, also typed
 * with a Latin O, in lower case or without the leading zeros) or the thread's id.
 */
final class ThreadReference {
    /** Cyrillic О or о, Latin O or o; the dash after it may be left out. */
    private static final Pattern NUMBER = Pattern.compile("[ОоOo]-?(\\d{4})-(\\d{1,9})");
    private static final int SEARCH_LIMIT = 500;

    private ThreadReference() {
    }

    /** The number as the portal writes it ({@code О-2026-00042}), or empty when the text is not a number. */
    static Optional<String> number(String text) {
        Matcher m = text == null ? null : NUMBER.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(String.format("О-%s-%05d", m.group(1), Long.parseLong(m.group(2))));
    }

    /**
     * The thread's id: a number is looked up in the inbox (which does not mark anything read), anything else is
     * taken for an id and left to the API to find.
     *
     * @throws NotFoundException {@code communication.thread.notFound} for a number no thread has
     */
    static String id(MessageAdministration inbox, String text) {
        Optional<String> number = number(text);
        if (number.isEmpty()) {
            return text == null ? "" : text.strip();
        }
        return inbox.inbox(new InboxFilter(null, null, null, null, number.get(), SEARCH_LIMIT)).stream()
                .filter(t -> number.get().equalsIgnoreCase(t.number()))
                .map(ThreadSummary::id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("communication.thread.notFound"));
    }
}
