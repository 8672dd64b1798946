package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.meters.api.MetersListener;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/**
 * Readings as webhooks, queued in the meters' transaction: {@code reading.accepted} and {@code reading.flagged}
 * (waiting for staff; accepted later, it is heard again as {@code reading.accepted}). Each stored reading is its
 * own event: a tenant who corrects a value sends a new reading.
 */
public final class MetersWebhooks implements MetersListener {
    private final Webhooks webhooks;
    private final Clock clock;

    public MetersWebhooks(Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Override
    public void readingAccepted(ReadingNotice notice) {
        publish(WebhookEvent.READING_ACCEPTED, notice);
    }

    @Override
    public void readingFlagged(ReadingNotice notice) {
        publish(WebhookEvent.READING_FLAGGED, notice);
    }

    private void publish(String type, ReadingNotice notice) {
        Map<String, String> data = new HashMap<>();
        data.put("readingId", notice.readingId());
        data.put("accountId", notice.accountId());
        data.put("meterId", notice.meterId());
        data.put("resource", notice.resource().name());
        // one per tariff zone (day, night, …), comma-separated
        data.put("values", notice.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")));
        data.put("takenOn", notice.takenOn().toString());
        data.put("period", notice.period().toString());
        data.put("source", notice.source().name());
        if (notice.reason() != null) {
            data.put("reason", notice.reason());
        }
        webhooks.publish(new WebhookEvent(type + ":" + notice.readingId(), type, clock.instant(), data));
    }
}
