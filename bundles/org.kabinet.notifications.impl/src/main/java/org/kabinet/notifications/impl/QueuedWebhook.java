package org.kabinet.notifications.impl;

/** A webhook delivery due now: the event's JSON for one endpoint, as queued. */
public record QueuedWebhook(String id, String idempotencyKey, String endpointId, String type, String body, int attempts) {
    /** The outbox key of an event's delivery to one endpoint: one per event id and endpoint, ever. */
    public static String key(String eventId, String endpointId) {
        return "webhook:" + eventId + ":" + endpointId;
    }

    /** The event's id, read back from the key. */
    public String eventId() {
        String prefix = "webhook:";
        String suffix = ":" + endpointId;
        return idempotencyKey.substring(prefix.length(), idempotencyKey.length() - suffix.length());
    }
}
