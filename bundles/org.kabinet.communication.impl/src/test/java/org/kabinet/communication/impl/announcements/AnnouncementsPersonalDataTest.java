package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.STAFF;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.building;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.city;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.draft;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.impl.announcements.jpa.AnnouncementsPersonalData;
import org.kabinet.registration.api.DataSubject;

/** The announcements delivered to a tenant in "my data": exported with the reads; erased by dropping the address, counts kept. */
class AnnouncementsPersonalDataTest {
    private final AnnouncementsFixture f;
    private final AnnouncementsPersonalData source;

    AnnouncementsPersonalDataTest() throws Exception {
        f = new AnnouncementsFixture();
        source = new AnnouncementsPersonalData(f.jpa, f.jpa);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theExportListsTheTenantsDeliveriesAndReadsOnly() {
        Announcement house = f.admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
        f.clock.advance(Duration.ofMinutes(1));
        f.admin.create(STAFF, draft("Сургут", city("surgut")));
        f.clock.advance(Duration.ofMinutes(1));
        f.tenant.markRead("t2", house.id());

        List<?> t2 = (List<?>) source.export(new DataSubject("t2", "t2@example.org"));
        assertEquals(1, t2.size(), "only what was delivered to t2: " + t2);
        Map<?, ?> item = (Map<?, ?>) t2.get(0);
        assertEquals("Дом 5", item.get("title"));
        assertEquals("2026-05-12T05:00:00Z", item.get("publishedAt"));
        assertEquals(true, item.get("delivered"));
        assertEquals(List.of("8600002"), item.get("accounts"));
        assertEquals("t2@example.org", item.get("email"));
        assertEquals(true, item.get("emailQueued"));
        assertEquals(false, item.get("smsQueued"));
        assertEquals("2026-05-12T05:02:00Z", item.get("readAt"));
        assertFalse(t2.toString().contains("t1"), "no other tenant's data: " + t2);

        List<?> t1 = (List<?>) source.export(new DataSubject("t1", "t1@example.org"));
        assertEquals(List.of("Дом 5", "Сургут"), t1.stream().map(i -> ((Map<?, ?>) i).get("title")).toList());
        assertNull(((Map<?, ?>) t1.get(0)).get("readAt"));
        assertEquals(List.of(), source.export(new DataSubject("nobody", "x@example.org")));
    }

    @Test
    void erasingDropsTheAddressFromTheRecipientsAndKeepsTheCounts() {
        Announcement house = f.admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
        f.tenant.markRead("t2", house.id());
        f.tenant.markRead("t1", house.id());

        source.erase(new DataSubject("t2", "deleted-x@deleted.invalid"));
        source.erase(new DataSubject("t2", "deleted-x@deleted.invalid"));

        List<AnnouncementRecipient> recipients = f.admin.recipients(house.id());
        assertFalse(recipients.toString().contains("t2@example.org"), "the address is gone: " + recipients);
        AnnouncementRecipient erased = recipients.stream().filter(r -> r.tenantId().equals("t2")).findFirst().orElseThrow();
        assertNull(erased.email());
        assertTrue(erased.emailQueued(), "what was sent stays in the counts");
        assertTrue(recipients.toString().contains("t1@example.org"), "other tenants are untouched");
        assertFalse(f.admin.recipients(house.id(), 0, 10).toString().contains("t2@example.org"), "nor in the paged grid");
        Announcement after = f.admin.announcement(house.id());
        assertEquals(house.recipients(), after.recipients());
        assertEquals(house.emails(), after.emails());
        assertEquals(2, after.read(), "the read marks stay, keyed by the (now anonymous) tenant id");
        assertTrue(f.tenant.current("t2").get(0).read());
        assertNull(((Map<?, ?>) ((List<?>) source.export(new DataSubject("t2", "deleted-x@deleted.invalid"))).get(0)).get("email"));
    }
}
