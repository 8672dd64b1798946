package org.kabinet.notifications.impl;

/** An SMS waiting in the outbox. */
public record QueuedSms(String id, String idempotencyKey, String phone, String text, int attempts) {
}
