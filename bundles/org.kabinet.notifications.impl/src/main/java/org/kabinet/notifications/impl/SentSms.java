package org.kabinet.notifications.impl;

/** An SMS a gateway accepted, as delivery tracking sees it; {@code deliveryState} is null while nothing is known. */
public record SentSms(String id, String idempotencyKey, String providerMessageId, String deliveryState) {
}
