package org.kabinet.webhooks;

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
import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.Topic;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.Resource;
import org.kabinet.notifications.api.WebhookEvent;

/** What each module's event becomes: a stable id per thing that happened, and the data integrators match on. */
class EventsTest {
    private final List<WebhookEvent> published = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC);

    @Test
    void paymentsAndPeriods() {
        BillingWebhooks billing = new BillingWebhooks(e -> {
            published.add(e);
            return 1;
        }, id -> id.equals("acc-1") ? "86001" : null, clock);
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
    void readings() {
        MetersWebhooks meters = new MetersWebhooks(e -> {
            published.add(e);
            return 1;
        }, clock);
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

    @Test
    void messagesCarryNoText() {
        new MessagesWebhooks(e -> {
            published.add(e);
            return 1;
        }).messageReceived(new MessageNotice("post-1", "thread-1", "tenant-1", null, Topic.values()[0],
                Instant.parse("2026-11-27T06:00:00Z")));
        WebhookEvent event = published.get(0);
        assertEquals("message.received:post-1", event.id());
        assertEquals(Map.of("messageId", "post-1", "threadId", "thread-1", "tenantId", "tenant-1", "topic",
                Topic.values()[0].name()), event.data());
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), event.occurredAt());
    }
}
