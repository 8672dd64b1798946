package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.OutboxEntry;

class OutboxAdminPageTest {
    private static OutboxEntry sms(String state, String deliveryState) {
        Instant t = Instant.parse("2026-11-24T07:00:00Z");
        return new OutboxEntry("1", "debt-sms:1:2026-12", "SMS", "9123456789", "Долг", state, 1, t, t,
                "PENDING".equals(state) ? null : t, null, "p-1", deliveryState, deliveryState == null ? null : t, null);
    }

    @Test
    void staffSeeQueuedSentDeliveredNotDeliveredAndNotSent() {
        assertEquals("PENDING", OutboxAdminPage.status(sms("PENDING", null)));
        assertEquals("SENT", OutboxAdminPage.status(sms("SENT", null)));
        assertEquals("DELIVERED", OutboxAdminPage.status(sms("SENT", "DELIVERED")));
        assertEquals("UNDELIVERED", OutboxAdminPage.status(sms("SENT", "FAILED")));
        assertEquals("FAILED", OutboxAdminPage.status(sms("FAILED", null)));
        assertEquals("Доставлено", new Messages(Messages.RUSSIAN).get("outbox.state.DELIVERED"));
        assertEquals("Не доставлено", new Messages(Messages.RUSSIAN).get("outbox.state.UNDELIVERED"));
        assertEquals("Not delivered", new Messages(java.util.Locale.ENGLISH).get("outbox.state.UNDELIVERED"));
    }
}
