package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.STAFF;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.building;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.city;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.draft;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.numbers;

import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.kabinet.communication.impl.announcements.jpa.JpaAnnouncementStore;
import org.kabinet.communication.impl.announcements.osgi.AnnouncementsDataComponent;
import org.kabinet.persistence.testing.ThreadedJpa;
import org.kabinet.persistence.EntityManagers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.kernel.error.NotFoundException;

class TenantAnnouncementsTest {
    private final AnnouncementsFixture f;

    TenantAnnouncementsTest() throws Exception {
        f = new AnnouncementsFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> titles(String tenantId) {
        return f.tenant.current(tenantId).stream().map(TenantAnnouncement::title).toList();
    }

    @Test
    void tenantsSeeWhatTheirAccountsAreIn() {
        f.admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
        f.clock.advance(Duration.ofMinutes(1));
        f.admin.create(STAFF, draft("Сургут", city("surgut")));
        f.admin.create(STAFF, draft("Счёт 8600003", numbers("8600003")));
        assertEquals(List.of("Сургут", "Дом 5"), titles("t1"));
        assertEquals(List.of("Дом 5"), titles("t2"));
        assertEquals(List.of("Счёт 8600003"), titles("t3"));
        assertEquals(List.of(), titles("t4"), "a closed account is in no audience");
        assertEquals(List.of(), titles("nobody"));
    }

    @Test
    void unreadFirstThenNewestAndReadingIsIdempotent() {
        Announcement older = f.admin.create(STAFF, draft("Старое", Audience.everyone()));
        f.clock.advance(Duration.ofMinutes(5));
        f.admin.create(STAFF, draft("Новое", Audience.everyone()));
        f.clock.advance(Duration.ofMinutes(5));
        f.admin.create(STAFF, draft("Новейшее", Audience.everyone()));
        assertEquals(List.of("Новейшее", "Новое", "Старое"), titles("t2"));
        assertEquals(3, f.tenant.unread("t2"));
        f.tenant.markRead("t2", f.tenant.current("t2").get(0).id());
        assertEquals(List.of("Новое", "Старое", "Новейшее"), titles("t2"));
        TenantAnnouncement read = f.tenant.markRead("t2", older.id());
        assertTrue(read.read());
        f.clock.advance(Duration.ofMinutes(1));
        f.tenant.markRead("t2", older.id());
        assertEquals(1, f.tenant.unread("t2"));
        assertEquals(3, f.tenant.unread("t1"), "reading is per tenant");
        assertEquals(f.clock.instant().minus(Duration.ofMinutes(1)),
                f.admin.recipients(older.id()).stream().filter(r -> r.tenantId().equals("t2")).findFirst().orElseThrow().readAt(),
                "the first reading counts");
    }

    @Test
    void anAccountLinkedAfterPublicationShowsItAndAnUnlinkedOneNoLonger() {
        Announcement a = f.admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
        Announcement listed = f.admin.create(STAFF, draft("Список", numbers("8600006")));
        assertEquals(List.of(), titles("t5"));
        f.accounts.link("t5", "a6");
        assertEquals(List.of("Дом 5", "Список").stream().sorted().toList(), titles("t5").stream().sorted().toList());
        assertTrue(f.tenant.markRead("t5", a.id()).read());
        assertTrue(f.tenant.markRead("t5", listed.id()).read());
        f.accounts.unlinkAll("t2");
        assertEquals(List.of(), titles("t2"));
        assertThrows(NotFoundException.class, () -> f.tenant.markRead("t2", a.id()));
    }

    @Test
    void theLiveAddressDecides() {
        f.admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
        f.accounts.move("a2", "ул. Мира, д. 55, кв. 12");
        assertEquals(List.of(), titles("t2"));
        f.accounts.close("a1");
        assertEquals(List.of(), titles("t1"));
    }

    @Test
    void scheduledExpiredAndWithdrawnAreNotShown() {
        Announcement scheduled = f.admin.create(STAFF, f.later(draft("Позже", Audience.everyone()), Duration.ofHours(1)));
        Announcement shortOne = f.admin.create(STAFF, new AnnouncementDraft("На час", "x", Audience.everyone(), Importance.NORMAL, false,
                null, f.clock.instant().plus(Duration.ofMinutes(30)), null));
        Announcement withdrawn = f.admin.create(STAFF, draft("Снятое", Audience.everyone()));
        f.admin.withdraw(STAFF, withdrawn.id());
        assertEquals(List.of("На час"), titles("t1"));
        assertThrows(NotFoundException.class, () -> f.tenant.markRead("t1", scheduled.id()));
        assertThrows(NotFoundException.class, () -> f.tenant.markRead("t1", withdrawn.id()));
        f.clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of(), titles("t1"), "gone at its end, before the tick marks it expired");
        assertThrows(NotFoundException.class, () -> f.tenant.markRead("t1", shortOne.id()));
        f.clock.advance(Duration.ofMinutes(30));
        f.admin.tick();
        assertEquals(List.of("Позже"), titles("t1"));
        assertThrows(NotFoundException.class, () -> f.tenant.markRead("t1", "no-such-id"));
    }

    @Test
    void theAttachmentIsForTheAudienceOnly() {
        f.attachments.add("file-1", "staff:" + STAFF, "график.pdf");
        Announcement a = f.admin.create(STAFF, new AnnouncementDraft("График", "x", building("ул. Мира, д. 5"), Importance.NORMAL, false,
                null, null, "file-1"));
        Announcement without = f.admin.create(STAFF, draft("Без файла", Audience.everyone()));
        assertEquals("график.pdf", f.tenant.current("t2").stream().filter(t -> t.id().equals(a.id())).findFirst().orElseThrow()
                .attachment().name());
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), f.tenant.attachment("t2", a.id()).content());
        assertThrows(NotFoundException.class, () -> f.tenant.attachment("t3", a.id()), "д. 55 is not in the audience");
        assertThrows(NotFoundException.class, () -> f.tenant.attachment("t2", without.id()));
        assertFalse(f.tenant.current("t2").get(0).read());
    }

    @Test
    void twoTabsMarkingReadAtOnceBothSucceed() throws Exception {
        try (ThreadedJpa db = new ThreadedJpa("kabinet-announcements", AnnouncementsDataComponent.migrations(getClass().getClassLoader()))) {
            JpaAnnouncementStore plain = new JpaAnnouncementStore(db);
            ExecutorService otherTab = Executors.newSingleThreadExecutor();
            boolean[] raced = {false};
            // the worst interleaving: the other tab's insert commits between this one's look and its insert
            EntityManagers racing = new EntityManagers() {
                @Override
                public <T> T with(Function<EntityManager, T> work) {
                    return db.with(m -> work.apply(intercepting(m, (entity) -> {
                        if (!raced[0] && entity.getClass().getSimpleName().equals("ReadEntity")) {
                            raced[0] = true;
                            try {
                                otherTab.submit(() -> db.inTransaction(() -> {
                                    plain.markRead(currentId[0], "t1", f.clock.instant());
                                    return null;
                                })).get(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    })));
                }
            };
            AnnouncementsData data = new AnnouncementsData(new JpaAnnouncementStore(racing), db, f.clock);
            AnnouncementAdministrationService admin = new AnnouncementAdministrationService(data,
                    new Neighbours(f.accounts, f.accounts, f.tenants, f.settings, f.outbox, new Fakes.FakeCompany(), f.attachments),
                    AnnouncementSettings.DEFAULT);
            TenantAnnouncementService tenant = new TenantAnnouncementService(data, f.accounts, f.attachments);
            Announcement a = admin.create(STAFF, draft("Дом 5", building("ул. Мира, д. 5")));
            currentId[0] = a.id();
            try {
                assertTrue(tenant.markRead("t1", a.id()).read());
                assertTrue(raced[0], "the race happened");
                assertEquals(0, tenant.unread("t1"));
            } finally {
                otherTab.shutdownNow();
            }
        }
    }

    private final String[] currentId = {null};

    private static EntityManager intercepting(EntityManager m, java.util.function.Consumer<Object> beforePersist) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        beforePersist.accept(args[0]);
                    }
                    try {
                        return method.invoke(m, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
