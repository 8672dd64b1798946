package org.kabinet.meters.impl.reminders;

import java.time.LocalDate;
import java.util.List;
import org.kabinet.meters.api.Meter;

/**
 * One reminder due to one tenant about one account: the meters still without a reading of the window's
 * period, or the meters whose verification is due on one date.
 *
 * @param phone           the tenant's confirmed phone, or null: no SMS
 * @param email           the tenant's confirmed address, or null: no letter
 * @param window          the window the reminder is about (null for VERIFICATION)
 * @param verificationDue the date the meters' verification is due (VERIFICATION only, else null)
 * @param today           the day it is due on (its texts say «завтра» or «сегодня» from it)
 */
public record Reminder(ReminderKind kind, ReminderAccount account, String tenantId, String phone, String email,
                       List<Meter> meters, SubmissionWindow window, LocalDate verificationDue, LocalDate today) {
    public Reminder {
        meters = List.copyOf(meters);
    }

    /** The letter's outbox key, e.g. {@code reading-reminder-open:<account>:<tenant>:2026-11}. */
    public String emailKey() {
        return kind.keyPrefix() + ":" + tail();
    }

    /** The SMS's outbox key, e.g. {@code reading-reminder-open-sms:<account>:<tenant>:2026-11}. */
    public String smsKey() {
        return kind.keyPrefix() + "-sms:" + tail();
    }

    private String tail() {
        return account.id() + ":" + tenantId + ":" + (kind == ReminderKind.VERIFICATION ? verificationDue : window.period());
    }
}
