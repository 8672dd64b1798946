package org.kabinet.meters.impl.reminders;

/**
 * The three reminders and the prefix of their outbox keys. A tenant hears each at most once per
 * account and period (or verification date), whatever the channel: the e-mail's key is
 * {@code <prefix>:<account>:<tenant>:<period or date>}, the SMS's {@code <prefix>-sms:…} with the same tail.
 */
public enum ReminderKind {
    /** The submission window opened and some meters of the account have no reading for the period yet. */
    WINDOW_OPENS("reading-reminder-open"),
    /** Tomorrow the window closes (or, a day late, today) and some meters still have no reading. */
    LAST_DAY("reading-reminder-last-day"),
    /** A meter's verification (поверка) is due in 30 days: after it its readings are refused. */
    VERIFICATION("verification-reminder");

    private final String keyPrefix;

    ReminderKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }
}
