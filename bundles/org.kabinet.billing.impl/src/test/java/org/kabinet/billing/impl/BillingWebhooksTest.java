package org.kabinet.billing.impl;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.Payment;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/** What billing tells integrators: a payment's event id is the payment's, a period's the period. */
class BillingWebhooksTest {
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
    void paymentsAndPeriods() {
        BillingWebhooks billing = new BillingWebhooks(webhooks, id -> id.equals("acc-1") ? "86001" : null, clock);
        Payment payment = new Payment("P-7", LocalDate.of(2026, 11, 20), new BigDecimal("1500.5"), YearMonth.of(2026, 11), false);
        billing.paymentPosted("acc-1", payment);
        billing.paymentReversed("acc-2", payment);
        billing.periodClosed(YearMonth.of(2026, 10));

        assertEquals("payment.posted:P-7", published.get(0).id());
        assertEquals(Map.of("paymentId", "P-7", "accountId", "acc-1", "accountNumber", "86001", "amount", "1500.50",
                "paidOn", "2026-11-20", "period", "2026-11"), published.get(0).data());
        assertEquals("payment.reversed:P-7", published.get(1).id());
        assertNull(published.get(1).data().get("accountNumber"), "an account that cannot be found has no number");
        assertEquals("period.closed:2026-10", published.get(2).id());
        assertEquals(clock.instant(), published.get(2).occurredAt());
    }

    @Test
    void nobodyListeningCostsNoLookup() {
        int[] lookups = {0};
        BillingWebhooks billing = new BillingWebhooks(webhooks, id -> {
            lookups[0]++;
            return "86001";
        }, clock);
        deaf.add(WebhookEvent.PAYMENT_POSTED);
        billing.paymentPosted("acc-1", new Payment("P-8", LocalDate.of(2026, 11, 20), BigDecimal.TEN, null, false));
        assertEquals(0, lookups[0]);
        assertEquals(List.of(), published);
    }
}
