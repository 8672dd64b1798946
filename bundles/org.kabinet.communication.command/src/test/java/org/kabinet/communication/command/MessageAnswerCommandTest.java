package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageAnswerCommandTest {
    private final FakeInbox inbox = new FakeInbox().with(Console.waterThread());
    private final Console console = new Console();

    private MessageAnswerCommand command(String thread, boolean internal, String... words) {
        MessageAnswerCommand command = new MessageAnswerCommand();
        command.inbox = inbox;
        command.errors = List.of(Console.CATALOG);
        command.thread = thread;
        command.internal = internal;
        command.text = List.of(words);
        return command;
    }

    @Test
    void anAnswerIsSignedWithTheConsoleUserAndItsWordsAreJoined() {
        command("О-2026-00042", false, "Перерасчёт", "в декабре.").run("petrova", console.out, console.err);

        assertEquals(List.of("petrova|t-42|Перерасчёт в декабре.|false"), inbox.answers);
        assertTrue(console.out().startsWith("Answered О-2026-00042 as petrova;"), console.out());
        assertTrue(console.out().contains("Status: Ответ дан."), console.out());
    }

    @Test
    void anInternalNoteSaysTheTenantDoesNotSeeIt() {
        command("t-42", true, "Позвонить жильцу").run("petrova", console.out, console.err);

        assertEquals(List.of("petrova|t-42|Позвонить жильцу|true"), inbox.answers);
        assertEquals("Internal note added to О-2026-00042 by petrova; the tenant does not see it. Status: Ответ дан.\n", console.out());
    }

    @Test
    void anUnknownThreadIsNotAnswered() {
        command("O-2026-00099", false, "Текст").run("petrova", console.out, console.err);

        assertEquals(List.of(), inbox.answers);
        assertEquals("Not answered: No such thread\n", console.err());
    }

    @Test
    void withoutASignedInUserTheAnswerIsSignedConsole() {
        assertEquals("console", CommunicationTexts.consoleUser(null));
    }
}
