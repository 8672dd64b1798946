package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;

class MessagesCommandTest {
    @Test
    void theInboxShowsTimesInThePortalsZoneStatusesInRussianAndTheUnreadMark() {
        FakeInbox inbox = new FakeInbox().with(Console.waterThread()).with(new ThreadDetails(
                Console.summary("t-7", "О-2026-00007", ThreadStatus.NEW, null, "Пётр", "+79123456789", null, true), List.of()));
        Console console = new Console();
        MessagesCommand command = new MessagesCommand();
        command.inbox = inbox;
        command.time = () -> Clock.system(Console.ZONE);

        command.run(console.out, console.err);

        String out = console.out();
        assertTrue(out.contains("26.11.2026 09:12"), out);
        assertTrue(out.contains("Ответ дан") && out.contains("Новое") && out.contains("Начисления"), out);
        assertTrue(out.contains("8600001") && out.contains("ivanova"), out);
        String feedbackRow = out.lines().filter(l -> l.contains("О-2026-00007")).findFirst().orElseThrow();
        assertTrue(feedbackRow.contains("Пётр · +79123456789") && feedbackRow.contains("обратная связь")
                && feedbackRow.contains(MessagesCommand.UNREAD), feedbackRow);
        String answeredRow = out.lines().filter(l -> l.contains("О-2026-00042")).findFirst().orElseThrow();
        assertFalse(answeredRow.contains(MessagesCommand.UNREAD), answeredRow);
        assertTrue(out.contains("2 threads shown. Inbox: 1 Новое, 2 В работе, 3 Ответ дан, 4 Закрыто; 1 with a post staff have not opened"), out);
        assertEquals("", console.err());
    }

    @Test
    void optionsBecomeTheInboxFilter() {
        InboxFilter filter = MessagesCommand.filter("in-progress", "-", true, " мира ", 20);
        assertEquals(new InboxFilter(ThreadStatus.IN_PROGRESS, null, InboxFilter.UNASSIGNED, Boolean.TRUE, "мира", 20), filter);

        InboxFilter all = MessagesCommand.filter(null, " ", false, null, 50);
        assertNull(all.status());
        assertNull(all.assignee());
        assertNull(all.feedback(), "without --feedback both tenants' messages and feedback are listed");
    }

    @Test
    void aWrongStatusOrLimitSaysWhatIsExpected() {
        assertEquals("--status is one of NEW, IN_PROGRESS, ANSWERED, CLOSED",
                assertThrows(IllegalArgumentException.class, () -> MessagesCommand.filter("OPEN", null, false, null, 50)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MessagesCommand.filter(null, null, false, null, 0));
        assertThrows(IllegalArgumentException.class, () -> MessagesCommand.filter(null, null, false, null, 501));

        Console console = new Console();
        MessagesCommand command = new MessagesCommand();
        command.inbox = new FakeInbox();
        command.status = "OPEN";
        command.run(console.out, console.err);
        assertEquals("", console.out());
        assertTrue(console.err().startsWith("--status is one of"), console.err());
    }

    @Test
    void anEmptyInboxSaysSo() {
        Console console = new Console();
        MessagesCommand.print(List.of(), new FakeInbox().counts(), Console.ZONE, console.out);
        assertTrue(console.out().contains("No threads match.") && console.out().contains("0 threads shown."), console.out());
    }
}
