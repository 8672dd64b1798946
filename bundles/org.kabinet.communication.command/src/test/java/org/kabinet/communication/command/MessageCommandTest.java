package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCommandTest {
    private final FakeInbox inbox = new FakeInbox().with(Console.waterThread());
    private final Console console = new Console();

    private MessageCommand command(String thread) {
        MessageCommand command = new MessageCommand();
        command.inbox = inbox;
        command.time = () -> Clock.system(Console.ZONE);
        command.errors = List.of(Console.CATALOG);
        command.thread = thread;
        return command;
    }

    @Test
    void aThreadShowsEveryPostWithNotesMarkedAndAttachmentsByNameAndSize() {
        command("O-2026-42").run(console.out, console.err);

        String out = console.out();
        assertTrue(out.startsWith("О-2026-00042 · Ответ дан · Начисления"), out);
        assertTrue(out.contains("Account:   8600001") && out.contains("Assignee:  ivanova"), out);
        assertTrue(out.contains("Opened:    25.11.2026 14:03, last post 26.11.2026 09:12"), out);
        assertTrue(out.contains("── 25.11.2026 14:03 · tenant ivanov@example.ru\n   Почему за воду начислено дважды?\n   Квитанция приложена.\n"
                + "   Attachment: квитанция.jpg (2,4 МБ)"), out);
        assertTrue(out.contains("── 25.11.2026 15:03 · staff ivanova · INTERNAL NOTE, not shown to the tenant\n   Проверить показания за октябрь"), out);
        assertTrue(out.contains("── 26.11.2026 09:12 · staff ivanova\n   Начисление исправлено"), out);
        assertTrue(out.endsWith("3 posts.\n"), out);
        assertEquals(List.of("t-42"), inbox.opened);
    }

    @Test
    void anIdOpensTheThreadDirectly() {
        command("t-42").run(console.out, console.err);
        assertTrue(console.out().startsWith("О-2026-00042"), console.out());
        assertEquals(List.of(), inbox.filters);
    }

    @Test
    void anUnknownThreadIsTheApisTextNotAStackTrace() {
        command("О-2026-00099").run(console.out, console.err);
        command("no-such-id").run(console.out, console.err);

        assertEquals("", console.out());
        assertEquals("No such thread\nNo such thread\n", console.err());
        assertFalse(console.err().contains("Exception"));
    }
}
