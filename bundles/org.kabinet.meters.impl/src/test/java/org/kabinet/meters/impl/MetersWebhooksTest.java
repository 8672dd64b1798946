package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.Resource;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/** What meters tell integrators: one event per reading stored, its values per tariff zone. */
class MetersWebhooksTest {
    private final List<WebhookEvent> published = new ArrayList<>();
    /** The webhooks service as the module sees it: records what is published, hears every type not in {@code deaf}. */
    private final java.util.Set<String> deaf = new java.util.HashSet<>();
    private final Webhooks webhooks = new Webhooks() {
        @Override
        public int publish(WebhookEvent event) {
            published.add(event);
            return 1;
        }

        @Override
        public boolean listening(String type) {
            return !deaf.contains(type);
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC);

    @Test
    void readings() {
        MetersWebhooks meters = new MetersWebhooks(webhooks, clock);
        Resource resource = Resource.values()[0];
        ReadingSource source = ReadingSource.values()[0];
        meters.readingFlagged(new ReadingNotice("r-1", "acc-1", "m-1", resource, List.of(new BigDecimal("123.400"),
                new BigDecimal("45.000")), LocalDate.of(2026, 11, 25), YearMonth.of(2026, 11), source, "слишком большой расход"));
        meters.readingAccepted(new ReadingNotice("r-1", "acc-1", "m-1", resource, List.of(new BigDecimal("123.400")),
                LocalDate.of(2026, 11, 25), YearMonth.of(2026, 11), source, null));

        assertEquals("reading.flagged:r-1", published.get(0).id());
        assertEquals("123.400,45.000", published.get(0).data().get("values"));
        assertEquals("слишком большой расход", published.get(0).data().get("reason"));
        assertEquals("reading.accepted:r-1", published.get(1).id(), "accepted after review: another event");
        assertNull(published.get(1).data().get("reason"));
    }
}
