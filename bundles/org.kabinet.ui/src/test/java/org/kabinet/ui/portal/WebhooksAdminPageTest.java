package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.notifications.api.WebhookEvent;

/** The webhooks page's event captions and order, the delivery log's endpoint and status, and its texts. */
class WebhooksAdminPageTest {
    private static final Messages RU = new Messages(Messages.RUSSIAN);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @Test
    void everyEventTypeOnceInReadingOrderWithARussianAndAnEnglishCaption() {
        List<String> types = WebhooksAdminPage.eventTypes();
        assertEquals(WebhookEvent.TYPES, new HashSet<>(types));
        assertEquals(WebhookEvent.TYPES.size(), types.size());
        assertEquals(List.of("payment.posted", "payment.reversed", "period.closed", "reading.accepted", "reading.flagged",
                "message.received"), types);
        assertEquals("Платёж зачислен (payment.posted)", WebhooksAdminPage.eventCaption(RU, "payment.posted"));
        assertEquals("Payment posted (payment.posted)", WebhooksAdminPage.eventCaption(EN, "payment.posted"));
        for (String type : types) {
            // a caption of its own in both languages, not the bare type
            assertNotEquals(type, WebhooksAdminPage.eventCaption(RU, type));
            assertNotEquals(type, WebhooksAdminPage.eventCaption(EN, type));
        }
        assertEquals("invoice.sent", WebhooksAdminPage.eventCaption(RU, "invoice.sent"));
    }

    @Test
    void anEndpointsEventsReadInTheSameOrder() {
        assertEquals("payment.posted, period.closed, message.received",
                WebhooksAdminPage.events(Set.of("message.received", "period.closed", "payment.posted")));
        assertEquals("reading.flagged, a.unknown", WebhooksAdminPage.events(Set.of("a.unknown", "reading.flagged")));
        assertEquals("", WebhooksAdminPage.events(Set.of()));
    }

    @Test
    void aDeliveryShowsItsEndpointsUrlOrThatItIsRemovedAndTheOutboxStatus() {
        Instant t = Instant.parse("2026-11-24T07:00:00Z");
        Map<String, String> urls = WebhooksAdminPage.urls(List.of(
                new WebhookEndpoint("e-1", "https://erp.example.org/hook", Set.of("payment.posted"), null, t, "admin")));
        assertEquals("https://erp.example.org/hook", WebhooksAdminPage.endpointUrl(urls, "e-1", RU));
        assertEquals("удалён", WebhooksAdminPage.endpointUrl(urls, "e-2", RU));
        assertEquals("removed", WebhooksAdminPage.endpointUrl(urls, null, EN));
        OutboxEntry failed = new OutboxEntry("1", "payment.posted:p-1:e-1", "WEBHOOK", "e-1", "payment.posted", "FAILED", 8,
                t, t, null, "HTTP 500");
        assertEquals("Не отправлено", RU.get("outbox.state." + OutboxAdminPage.status(failed)));
    }

    @Test
    void thePageIsTheAdministratorsAndItsTextsAreInBothLanguages() {
        WebhooksAdminPage page = new WebhooksAdminPage(null, null, null);
        assertEquals("webhooks", page.id());
        assertEquals("admin", page.requiredRole());
        assertEquals(960, page.order());
        assertEquals("Вебхуки", page.title(Messages.RUSSIAN));
        assertEquals("Webhooks", page.title(Locale.ENGLISH));
        assertEquals("Секрет для проверки подписи — сохраните его сейчас, он больше не будет показан", RU.get("admin.webhookSecret"));
        assertEquals("Удалить", RU.get("admin.webhookRemove"));
        assertEquals("Повторить", RU.get("admin.webhookRetry"));
        for (String key : List.of("admin.webhooksHint", "admin.webhookEndpoints", "admin.webhookUrl", "admin.webhookEvents",
                "admin.webhookDescription", "admin.webhookCreatedAt", "admin.webhookCreatedBy", "admin.webhookRemoveTitle",
                "admin.webhookRemoveYes", "admin.webhookRemoveNo", "admin.webhookAlreadyRemoved", "admin.webhookSelect",
                "admin.webhookAddTitle", "admin.webhookAdd", "admin.webhookDeliveries", "admin.webhookEvent",
                "admin.webhookEndpoint", "admin.webhookRetried", "admin.webhookSelectFailed")) {
            assertFalse(RU.get(key).isBlank(), key);
            assertFalse(EN.get(key).isBlank(), key);
        }
        assertEquals("Адрес https://a.example/h удалён", RU.get("admin.webhookRemoved", "https://a.example/h"));
        assertEquals("Endpoint https://a.example/h added", EN.get("admin.webhookAdded", "https://a.example/h"));
        assertEquals("No more events will be sent to https://a.example/h, and what waits to be sent will not be delivered."
                + " Its secret stops working. This cannot be undone.", EN.get("admin.webhookRemoveText", "https://a.example/h"));
    }
}
