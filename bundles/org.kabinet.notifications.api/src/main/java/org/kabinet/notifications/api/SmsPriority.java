package org.kabinet.notifications.api;

/** Whether an SMS may wait for the morning. */
public enum SmsPriority {
    /** Reminders, debt notices, news: held by the quiet hours (default 21:00–09:00). */
    ROUTINE,
    /** Something the person is waiting for right now — a confirmation code: sent at any hour. */
    IMMEDIATE
}
