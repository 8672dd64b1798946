package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.STAFF;
import static org.kabinet.communication.impl.announcements.AnnouncementsFixture.draft;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.Audience;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;

/** Staff's announcements and an announcement's recipients a page at a time, in the database. */
class AnnouncementPagingTest {
    private AnnouncementsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new AnnouncementsFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void announcementsPageNewestFirstWithTheirReadCounts() {
        for (int i = 0; i < 5; i++) {
            f.admin.create(STAFF, draft("Новость " + i, Audience.everyone()));
            f.clock.advance(Duration.ofMinutes(1));
        }
        List<Announcement> all = f.admin.announcements();
        assertEquals(5, f.admin.countAnnouncements());
        List<Announcement> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            paged.addAll(f.admin.announcements(offset, 2));
        }
        assertEquals(all, paged);
        assertEquals("Новость 4", paged.get(0).title());
        assertEquals("page", assertThrows(ValidationException.class, () -> f.admin.announcements(-2, 2)).field());
    }

    @Test
    void recipientsPageByEmailAndCount() {
        Announcement a = f.admin.create(STAFF, draft("Всем", Audience.everyone()));
        f.tenant.markRead("t2", a.id());
        List<AnnouncementRecipient> all = f.admin.recipients(a.id());
        assertEquals(all.size(), f.admin.countRecipients(a.id()));
        List<AnnouncementRecipient> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            paged.addAll(f.admin.recipients(a.id(), offset, 2));
        }
        assertEquals(all, paged);
        assertEquals(1, paged.stream().filter(r -> r.readAt() != null).count(), "whose read it is read with the page");
        assertThrows(NotFoundException.class, () -> f.admin.countRecipients("missing"));
    }
}
