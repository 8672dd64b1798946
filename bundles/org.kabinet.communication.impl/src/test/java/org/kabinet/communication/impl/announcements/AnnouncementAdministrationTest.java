package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.STAFF;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.building;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.city;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.draft;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.numbers;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.urgent;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.Importance;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.SmsPriority;

class AnnouncementAdministrationTest {
    private final AnnouncementsFixture f;

    AnnouncementAdministrationTest() throws Exception {
        f = new AnnouncementsFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAnnouncementForOneBuildingReachesOnlyItsTenants() {
        Announcement a = f.admin.create(STAFF, draft("Собрание жильцов", building("ул. Мира, д. 5")));
        assertEquals(AnnouncementState.PUBLISHED, a.state());
        assertEquals(f.clock.instant(), a.publishAt());
        assertEquals(f.clock.instant().plus(Duration.ofDays(30)), a.validUntil());
        assertEquals(2, a.recipients(), "flats 1 and 12; not д. 55, not the closed flat, not the flat nobody linked");
        assertEquals(2, a.emails());
        assertEquals(0, a.sms());
        assertEquals(List.of("t1@example.org", "t2@example.org"), f.outbox.emailTo());
        assertEquals(List.of("8600001"), f.admin.recipients(a.id()).get(0).accountNumbers());
        assertEquals("Объявление: Собрание жильцов", f.outbox.emails.get(0).subject());
    }

    @Test
    void theStoredAnnouncementReadsBackAsWritten() {
        f.attachments.add("file-1", "staff:" + STAFF, "повестка.pdf");
        AnnouncementDraft d = new AnnouncementDraft("Собрание", "<p onclick=\"x()\">В <b>субботу</b></p><script>x</script>",
                numbers("8600002", "5500001"), Importance.URGENT, true, null, f.clock.instant().plus(Duration.ofDays(3)), "file-1");
        Announcement created = f.admin.create(STAFF, d);
        Announcement a = f.admin.announcement(created.id());
        assertEquals(created, a);
        assertEquals("<p>В <b>субботу</b></p>", a.html());
        assertEquals(Audience.class, a.audience().getClass());
        assertEquals(List.of("5500001", "8600002"), a.audience().accountNumbers());
        assertTrue(a.emergency());
        assertEquals("повестка.pdf", a.attachment().name());
        assertEquals("announcement:" + a.id(), f.attachments.targets.get("file-1"));
        assertEquals(STAFF, a.createdBy());
        assertEquals(2, a.recipients());
        assertEquals(List.of("9120000001"), f.outbox.smsTo());
        assertTrue(f.outbox.emails.get(0).text().contains("повестка.pdf"));
        assertEquals(List.of(), f.outbox.emails.get(0).attachments());
    }

    @Test
    void someoneElsesOrAUsedFileIsRefusedAndNothingIsStored() {
        f.attachments.add("file-1", "staff:other", "x.pdf");
        AnnouncementDraft d = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null, null, "file-1");
        ValidationException e = assertThrows(ValidationException.class, () -> f.admin.create(STAFF, d));
        assertEquals("communication.announcement.attachment", e.code());
        assertEquals(List.of(), f.admin.announcements(), "rolled back");
        assertEquals(List.of(), f.outbox.emails, "in the real outbox the letters roll back with it");
    }

    @Test
    void missingAccountNumbersAreNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.admin.create(STAFF, draft("T", numbers("8600001", "0000000", "1111111"))));
        assertEquals("communication.announcement.accounts", e.code());
        assertEquals("0000000, 1111111", e.arguments()[1]);
    }

    @Test
    void urgentSmsGoOncePerTenantWithAVerifiedPhoneAndEmergencyIsImmediate() {
        Announcement a = f.admin.create(STAFF, urgent("Прорыв трубы", city("khanty-mansiysk"), false));
        assertEquals(List.of("9120000001", "9120000003"), f.outbox.smsTo(), "t2 has no phone; t4's account is closed");
        assertTrue(f.outbox.sms.stream().allMatch(s -> s.priority() == SmsPriority.ROUTINE));
        assertEquals(2, a.sms());
        assertEquals(List.of("t1@example.org", "t2@example.org"), f.outbox.emailTo(), "t3 has not confirmed the address");
        Announcement emergency = f.admin.create(STAFF, urgent("Авария", Audience.everyone(), true));
        assertEquals(2, emergency.sms());
        assertTrue(f.outbox.sms.stream().filter(s -> s.idempotencyKey().contains(emergency.id()))
                .allMatch(s -> s.priority() == SmsPriority.IMMEDIATE));
        assertEquals("УК Жилище: Авария. Подробнее в личном кабинете", f.outbox.sms.get(3).text());
    }

    @Test
    void switchedOffTenantsGetNoLetterButAreRecipients() {
        f.settings.off.add("t1:a1");
        f.settings.off.add("t1:a4");
        Announcement a = f.admin.create(STAFF, draft("Новости", Audience.everyone()));
        assertEquals(List.of("t2@example.org"), f.outbox.emailTo());
        assertEquals(3, a.recipients(), "t1, t2, t3");
        assertEquals(1, a.emails());
        AnnouncementRecipient t1 = f.admin.recipients(a.id()).stream().filter(r -> r.tenantId().equals("t1")).findFirst().orElseThrow();
        assertFalse(t1.emailQueued());
        assertEquals(List.of("8600001", "5500001"), t1.accountNumbers());
    }

    @Test
    void aScheduledAnnouncementWaitsForTheTickAndIsPublishedOnce() {
        Announcement a = f.admin.create(STAFF, f.later(urgent("Плановые работы", Audience.everyone(), false), Duration.ofHours(2)));
        assertEquals(AnnouncementState.SCHEDULED, a.state());
        assertEquals(0, a.recipients());
        assertEquals(List.of(), f.outbox.emails);
        assertEquals(0, f.admin.publishDue());
        f.clock.advance(Duration.ofMinutes(119));
        assertEquals(0, f.admin.publishDue());
        f.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, f.admin.publishDue());
        assertEquals(0, f.admin.publishDue(), "the next tick finds nothing");
        Announcement published = f.admin.announcement(a.id());
        assertEquals(AnnouncementState.PUBLISHED, published.state());
        assertEquals(f.clock.instant(), published.publishAt());
        assertEquals(3, published.recipients());
        assertEquals(2, f.outbox.sms.size());
        assertEquals(2, f.outbox.emails.size());
    }

    @Test
    void ofTwoPublishersRacingOnlyOnePublishes() {
        Announcement a = f.admin.create(STAFF, f.later(draft("T", Audience.everyone()), Duration.ofMinutes(5)));
        f.clock.advance(Duration.ofMinutes(5));
        // Both saw it due; the guarded state change lets only the first through.
        assertTrue(f.admin.publish(a.id(), f.clock.instant()));
        assertFalse(f.admin.publish(a.id(), f.clock.instant()));
        assertEquals(3, f.admin.announcement(a.id()).recipients());
        assertEquals(3, f.admin.recipients(a.id()).size(), "one row per tenant, not two");
        assertEquals(2, f.outbox.emails.size());
    }

    @Test
    void aScheduledOneMayChangeAPublishedOneMayNot() {
        Announcement a = f.admin.create(STAFF, f.later(draft("Черновик", Audience.everyone()), Duration.ofDays(1)));
        Announcement changed = f.admin.update(STAFF, a.id(), f.later(draft("Собрание", numbers("8600002")), Duration.ofDays(2)));
        assertEquals("Собрание", changed.title());
        assertEquals(List.of("8600002"), changed.audience().accountNumbers());
        assertEquals(AnnouncementState.SCHEDULED, changed.state());
        Announcement now = f.admin.update(STAFF, a.id(), draft("Собрание сегодня", numbers("8600002")));
        assertEquals(AnnouncementState.PUBLISHED, now.state(), "a change without a time publishes at once");
        assertEquals(List.of("t2@example.org"), f.outbox.emailTo());
        KabinetException refused = assertThrows(KabinetException.class,
                () -> f.admin.update(STAFF, a.id(), draft("Ещё раз", Audience.everyone())));
        assertEquals(Failure.REFUSED, refused.failure());
        assertEquals("communication.announcement.published", refused.code());
    }

    @Test
    void aWithdrawnScheduledOneIsNeverSent() {
        Announcement a = f.admin.create(STAFF, f.later(urgent("Отмена", Audience.everyone(), true), Duration.ofMinutes(10)));
        assertEquals(AnnouncementState.WITHDRAWN, f.admin.withdraw(STAFF, a.id()).state());
        f.clock.advance(Duration.ofHours(1));
        assertEquals(0, f.admin.publishDue());
        assertEquals(List.of(), f.outbox.emails);
        assertEquals(List.of(), f.outbox.sms);
        assertEquals(AnnouncementState.WITHDRAWN, f.admin.withdraw(STAFF, a.id()).state(), "twice is the same");
        assertThrows(KabinetException.class, () -> f.admin.update(STAFF, a.id(), draft("T", Audience.everyone())));
    }

    @Test
    void theTickExpiresWhatIsPastItsValidity() {
        Announcement a = f.admin.create(STAFF, new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null,
                f.clock.instant().plus(Duration.ofDays(1)), null));
        f.clock.advance(Duration.ofHours(23));
        f.admin.tick();
        assertEquals(AnnouncementState.PUBLISHED, f.admin.announcement(a.id()).state());
        f.clock.advance(Duration.ofHours(1));
        f.admin.tick();
        assertEquals(AnnouncementState.EXPIRED, f.admin.announcement(a.id()).state());
    }

    @Test
    void staffSeeNewestFirstWithReadCountsAmongRecipients() {
        Announcement first = f.admin.create(STAFF, draft("Первое", Audience.everyone()));
        f.clock.advance(Duration.ofMinutes(1));
        Announcement second = f.admin.create(STAFF, draft("Второе", building("ул. Мира, д. 5")));
        f.tenant.markRead("t1", first.id());
        f.tenant.markRead("t2", first.id());
        f.tenant.markRead("t1", second.id());
        f.accounts.link("t9", "a6"); // linked after publication: sees it and reads it, but was not a recipient
        f.tenant.markRead("t9", second.id());
        List<Announcement> all = f.admin.announcements();
        assertEquals(List.of("Второе", "Первое"), all.stream().map(Announcement::title).toList());
        assertEquals(1, all.get(0).read());
        assertEquals(2, all.get(1).read());
        List<AnnouncementRecipient> recipients = f.admin.recipients(second.id());
        assertEquals(List.of("t1", "t2"), recipients.stream().map(AnnouncementRecipient::tenantId).toList());
        assertEquals(f.clock.instant(), recipients.get(0).readAt());
        assertNull(recipients.get(1).readAt());
    }

    @Test
    void audienceSizeCountsAccountsTenantsAndPhones() {
        assertEquals(new AudienceSize(5, 3, 2), f.admin.audienceSize(Audience.everyone()), "five open accounts, one nobody linked");
        assertEquals(new AudienceSize(3, 2, 1), f.admin.audienceSize(building("ул. Мира, д. 5")));
        assertEquals(new AudienceSize(1, 1, 1), f.admin.audienceSize(city("surgut")));
        assertThrows(ValidationException.class, () -> f.admin.audienceSize(city("moscow")));
    }

    @Test
    void unknownAnnouncementsAreNotFound() {
        assertThrows(NotFoundException.class, () -> f.admin.announcement("nope"));
        assertThrows(NotFoundException.class, () -> f.admin.recipients("nope"));
        assertThrows(NotFoundException.class, () -> f.admin.withdraw(STAFF, "nope"));
        assertThrows(NotFoundException.class, () -> f.admin.update(STAFF, "nope", draft("T", Audience.everyone())));
    }

    /** Measured: 5 000 tenants with phones in one transaction (recipient rows in batches of 1000). */
    @Test
    void aLargeAudienceIsPublishedInBatches() {
        IntStream.range(0, 5_000).forEach(i -> {
            String id = "big-" + i;
            f.accounts.account(id, "77" + i, "surgut", "ул. Новая, д. " + (i / 100) + ", кв. " + i);
            f.tenants.add("tb-" + i, "tb" + i + "@example.org", true);
            f.accounts.link("tb-" + i, id);
            f.accounts.verifiedPhones.put("tb-" + i, String.format("95%08d", i));
        });
        long started = System.nanoTime();
        Announcement a = f.admin.create(STAFF, urgent("Авария", city("surgut"), false));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(5_001, a.recipients());
        assertEquals(5_001, a.emails());
        assertEquals(5_001, a.sms());
        assertEquals(6, f.outbox.smsBatches);
        assertEquals(1000, f.outbox.largestSmsBatch);
        assertEquals(5_001, f.admin.recipients(a.id()).size());
        assertNotNull(a.id());
        System.out.println("Published to 5001 tenants in " + ms + " ms");
    }

    private void tenants(int n) {
        IntStream.range(0, n).forEach(i -> {
            String id = "many-" + i;
            f.accounts.account(id, "99" + i, "surgut", "ул. Широкая, д. " + (i / 100) + ", кв. " + i);
            f.tenants.add("tm-" + i, "tm" + i + "@example.org", true);
            f.accounts.link("tm-" + i, id);
        });
    }

    @Test
    void aBigAudienceGetsExactlyOneLetterEachDeliveredInBatches() {
        tenants(3_000);
        Announcement a = f.admin.create(STAFF, draft("Собрание", city("surgut")));
        assertEquals(3_001, a.recipients());
        assertEquals(3_001, a.emails());
        assertEquals(3_001, f.outbox.emails.size());
        assertEquals(3_001, f.outbox.emails.stream().map(e -> e.to()).distinct().count(), "one letter a tenant");
        assertTrue(f.admin.recipients(a.id()).stream().allMatch(AnnouncementRecipient::emailQueued));
        assertEquals(0, f.admin.resumeDeliveries(), "nothing left to resume");
    }

    @Test
    void aPublicationCutShortIsFinishedByTheTickWithoutDuplicates() {
        tenants(3_000);
        f.outbox.failAtEmails = 1_500; // the first batch of 1000 is committed, the second fails half-way
        Announcement a = f.admin.create(STAFF, draft("Собрание", city("surgut")));
        assertEquals(AnnouncementState.PUBLISHED, a.state(), "published: the claim and the recipients were committed first");
        assertEquals(3_001, a.recipients());
        assertEquals(1_000, a.emails(), "what the committed batch queued");
        assertEquals(1_000, f.admin.recipients(a.id()).stream().filter(AnnouncementRecipient::emailQueued).count());
        assertEquals(1, f.admin.resumeDeliveries());
        Announcement done = f.admin.announcement(a.id());
        assertEquals(3_001, done.emails(), "each counted once");
        assertEquals(3_001, f.outbox.emails.size(), "each letter queued once");
        assertTrue(f.admin.recipients(a.id()).stream().allMatch(AnnouncementRecipient::emailQueued));
        f.admin.tick();
        assertEquals(3_001, f.admin.announcement(a.id()).emails(), "a later tick finds nothing to do");
    }

    @Test
    void theStaffNameIsKeptAsTheInboxKeepsItAndTheirFilesAttach() {
        f.attachments.add("f1", "staff:Мария Иванова", "plan.pdf");
        Announcement a = f.admin.create("  Мария\tИванова ", new AnnouncementDraft("T", "<p>x</p>", Audience.everyone(), Importance.NORMAL,
                false, null, null, "f1"));
        assertEquals("Мария Иванова", a.createdBy());
        assertEquals("plan.pdf", a.attachment().name());
        Announcement byLongName = f.admin.create("Я".repeat(150), draft("T", Audience.everyone()));
        assertEquals("Я".repeat(100), byLongName.createdBy());
        assertEquals("Я".repeat(100), f.admin.withdraw("Я".repeat(150), byLongName.id()).createdBy());
    }

    @Test
    void aReplacedFileOfAScheduledAnnouncementIsLetGo() {
        f.attachments.add("f1", "staff:" + STAFF, "old.pdf");
        f.attachments.add("f2", "staff:" + STAFF, "new.pdf");
        AnnouncementDraft first = f.later(new AnnouncementDraft("T", "<p>x</p>", Audience.everyone(), Importance.NORMAL, false, null, null,
                "f1"), Duration.ofDays(1));
        Announcement a = f.admin.create(STAFF, first);
        assertEquals("announcement:" + a.id(), f.attachments.target("f1").orElseThrow());
        AnnouncementDraft second = new AnnouncementDraft("T", "<p>x</p>", Audience.everyone(), Importance.NORMAL, false, first.publishAt(),
                null, "f2");
        assertEquals("new.pdf", f.admin.update(STAFF, a.id(), second).attachment().name());
        assertTrue(f.attachments.target("f1").isEmpty(), "the old file is unattached and goes with the abandoned ones");
        assertEquals("announcement:" + a.id(), f.attachments.target("f2").orElseThrow());
        AnnouncementDraft none = new AnnouncementDraft("T", "<p>x</p>", Audience.everyone(), Importance.NORMAL, false, first.publishAt(),
                null, null);
        f.admin.update(STAFF, a.id(), none);
        assertTrue(f.attachments.target("f2").isEmpty());
    }
}
