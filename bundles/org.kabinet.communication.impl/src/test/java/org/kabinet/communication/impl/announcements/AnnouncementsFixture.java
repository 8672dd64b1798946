package org.kabinet.communication.impl.announcements;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.impl.announcements.jpa.JpaAnnouncementStore;
import org.kabinet.communication.impl.announcements.osgi.AnnouncementsDataComponent;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * The announcement services over the real persistence unit on in-memory Derby, with the other modules
 * faked and a clock tests move. The town: in Ханты-Мансийск ул. Мира, д. 5 (flats 1, 12 and 20 — the last
 * one closed) and д. 55; in Сургут пр. Ленина, д. 1. Tenant t1 (confirmed e-mail, phone) has flat 1 and the
 * Сургут account, t2 (confirmed, no phone) flat 12, t3 (e-mail not confirmed, phone) д. 55, t4 the closed
 * flat 20.
 */
final class AnnouncementsFixture implements AutoCloseable {
    static final String STAFF = "manager";
    final MutableClock clock = new MutableClock(Instant.parse("2026-05-12T05:00:00Z"));
    final LocalJpa jpa;
    final Fakes.FakeAccounts accounts = new Fakes.FakeAccounts();
    final Fakes.FakeTenants tenants = new Fakes.FakeTenants();
    final Fakes.FakeSettings settings = new Fakes.FakeSettings();
    final Fakes.RecordingOutbox outbox = new Fakes.RecordingOutbox();
    final Fakes.FakeAttachments attachments = new Fakes.FakeAttachments();
    final AnnouncementsData data;
    final AnnouncementAdministrationService admin;
    final TenantAnnouncementService tenant;

    AnnouncementsFixture() throws Exception {
        jpa = new LocalJpa("kabinet-announcements", AnnouncementsDataComponent.migrations(getClass().getClassLoader()));
        data = new AnnouncementsData(new JpaAnnouncementStore(jpa), jpa, clock);
        admin = new AnnouncementAdministrationService(data,
                new Neighbours(accounts, accounts, tenants, settings, outbox, new Fakes.FakeCompany(), attachments),
                AnnouncementSettings.DEFAULT);
        tenant = new TenantAnnouncementService(data, accounts, attachments);
        accounts.city("khanty-mansiysk", "Ханты-Мансийск");
        accounts.city("surgut", "Сургут");
        accounts.account("a1", "8600001", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1");
        accounts.account("a2", "8600002", "khanty-mansiysk", "ул. мира,  д. 5, кв. 12");
        accounts.account("a3", "8600003", "khanty-mansiysk", "ул. Мира, д. 55, кв. 3");
        accounts.account("a4", "5500001", "surgut", "пр. Ленина, д. 1, кв. 10");
        accounts.account("a5", "8600005", "khanty-mansiysk", "ул. Мира, д. 5, кв. 20");
        accounts.close("a5");
        accounts.account("a6", "8600006", "khanty-mansiysk", "ул. Мира, д. 5, кв. 30");
        tenants.add("t1", "t1@example.org", true);
        tenants.add("t2", "t2@example.org", true);
        tenants.add("t3", "t3@example.org", false);
        tenants.add("t4", "t4@example.org", true);
        accounts.link("t1", "a1");
        accounts.link("t1", "a4");
        accounts.link("t2", "a2");
        accounts.link("t3", "a3");
        accounts.link("t4", "a5");
        accounts.verifiedPhones.put("t1", "9120000001");
        accounts.verifiedPhones.put("t3", "9120000003");
    }

    static Audience building(String address) {
        return new Audience(AudienceKind.BUILDING, "khanty-mansiysk", address, List.of());
    }

    static Audience city(String id) {
        return new Audience(AudienceKind.CITY, id, null, List.of());
    }

    static Audience numbers(String... numbers) {
        return new Audience(AudienceKind.ACCOUNTS, null, null, List.of(numbers));
    }

    static AnnouncementDraft draft(String title, Audience audience) {
        return new AnnouncementDraft(title, "<p>Текст объявления</p>", audience, Importance.NORMAL, false, null, null, null);
    }

    static AnnouncementDraft urgent(String title, Audience audience, boolean emergency) {
        return new AnnouncementDraft(title, "<p>Текст объявления</p>", audience, Importance.URGENT, emergency, null, null, null);
    }

    AnnouncementDraft later(AnnouncementDraft d, Duration in) {
        return new AnnouncementDraft(d.title(), d.html(), d.audience(), d.importance(), d.emergency(), clock.instant().plus(in),
                d.validUntil(), d.attachmentId());
    }

    @Override
    public void close() {
        jpa.close();
    }
}
