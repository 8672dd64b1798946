package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;

class AnnouncementsCommandTest {
    private static Announcement announcement(String id, String title, Audience audience, Importance importance, boolean emergency,
                                             AnnouncementState state, Instant publishAt, int recipients, int read) {
        return new Announcement(id, title, "<p>…</p>", audience, importance, emergency, state, publishAt, publishAt.plusSeconds(7 * 86400),
                null, "ivanova", publishAt, recipients, read, recipients, 0);
    }

    @Test
    void theListShowsImportanceStateAudienceTimesAndReadCounts() {
        Announcement outage = announcement("a-1", "Отключение горячей воды", new Audience(AudienceKind.BUILDING, "surgut", "ул. Мира, д. 5", null),
                Importance.URGENT, true, AnnouncementState.PUBLISHED, Console.OPENED, 12, 9);
        Announcement meeting = announcement("a-2", "Общее собрание", Audience.everyone(), Importance.NORMAL, false, AnnouncementState.SCHEDULED,
                Console.ANSWERED, 0, 0);
        AnnouncementsCommand command = new AnnouncementsCommand();
        command.announcements = new FakeAnnouncements(List.of(meeting, outage));
        command.time = () -> Clock.system(Console.ZONE);
        Console console = new Console();

        command.run(console.out, console.err);

        String out = console.out();
        String outageRow = out.lines().filter(l -> l.contains("a-1")).findFirst().orElseThrow();
        assertTrue(outageRow.contains("срочное, аварийное") && outageRow.contains("Опубликовано") && outageRow.contains("дому: surgut, ул. Мира, д. 5")
                && outageRow.contains("25.11.2026 14:03") && outageRow.contains("02.12.2026 14:03"), outageRow);
        assertTrue(outageRow.matches(".*\\b12\\b.*\\b9\\b.*"), outageRow);
        String meetingRow = out.lines().filter(l -> l.contains("a-2")).findFirst().orElseThrow();
        assertTrue(meetingRow.contains("обычное") && meetingRow.contains("Запланировано") && meetingRow.contains("всем")
                && meetingRow.contains("26.11.2026 09:12"), meetingRow);
        assertTrue(meetingRow.contains("—"), "a scheduled announcement has no recipients yet, not zero: " + meetingRow);
        assertEquals("", console.err());
    }

    @Test
    void noAnnouncementsSaysSo() {
        Console console = new Console();
        AnnouncementsCommand.print(List.of(), Console.ZONE, console.out);
        assertTrue(console.out().contains("No announcements yet."), console.out());
    }
}
