package org.kabinet.communication.impl.messages;

import org.kabinet.communication.impl.messages.jpa.JpaMessageStore;

/**
 * The numbers tenants quote: {@code О-2026-00042} — a Cyrillic «О» (обращение), the year of the thread in
 * the portal's zone and a number running from 1 each year. Five digits are the least shown; a
 * 100 000th thread of a year simply gets six.
 */
public final class ThreadNumbers {
    private final MessagesData data;
    private final JpaMessageStore store;

    public ThreadNumbers(MessagesData data) {
        this.data = data;
        this.store = data.store();
    }

    /** Takes the next number of this year, in the caller's transaction. */
    public String next() {
        int year = data.today().getYear();
        return format(year, store.next(sequence(year)));
    }

    /** What the next number would look like, without taking it (for a form taken for a bot). */
    public String peek() {
        int year = data.today().getYear();
        return format(year, store.last(sequence(year)) + 1);
    }

    /** Creates this year's and next year's counters, outside business transactions (start, housekeeping). */
    public void prepare() {
        int year = data.today().getYear();
        data.tx().inTransaction(() -> {
            store.ensure(sequence(year));
            store.ensure(sequence(year + 1));
            return null;
        });
    }

    static String sequence(int year) {
        return "thread-" + year;
    }

    public static String format(int year, long number) {
        return String.format("О-%d-%05d", year, number);
    }
}
