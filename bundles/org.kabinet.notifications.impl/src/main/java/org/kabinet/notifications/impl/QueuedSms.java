package org.kabinet.notifications.impl;

/**
 * An SMS waiting in the outbox.
 *
 * @param immediate whether it is {@code IMMEDIATE} (goes out in quiet hours and past the daily cap)
 */
public record QueuedSms(String id, String idempotencyKey, String phone, String text, int attempts, boolean immediate) {

    /** A routine SMS. */
    public QueuedSms(String id, String idempotencyKey, String phone, String text, int attempts) {
        this(id, idempotencyKey, phone, text, attempts, false);
    }
}
