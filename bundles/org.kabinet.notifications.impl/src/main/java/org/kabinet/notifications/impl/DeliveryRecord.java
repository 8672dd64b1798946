package org.kabinet.notifications.impl;

import java.time.Instant;

/**
 * A delivery report as the outbox keeps it (evidence of delivery, e.g. of a debt warning).
 *
 * @param reportedAt when it happened by the provider's clock, or null when the provider did not say
 * @param receivedAt when the portal learnt it
 * @param source     CALLBACK or POLL
 */
public record DeliveryRecord(String outboxId, String gateway, String providerMessageId, String status,
                             Instant reportedAt, Instant receivedAt, String source, String detail) {
}
