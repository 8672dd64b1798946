package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.kernel.error.NotFoundException;

class ThreadReferenceTest {
    @Test
    void aNumberMayBeTypedWithALatinOInLowerCaseOrWithoutLeadingZeros() {
        for (String typed : List.of("О-2026-00042", "O-2026-00042", "o-2026-00042", "о-2026-42", "O2026-42", " O-2026-00042 ")) {
            assertEquals(Optional.of("О-2026-00042"), ThreadReference.number(typed), typed);
        }
        assertEquals(Optional.of("О-2026-123456"), ThreadReference.number("O-2026-123456"));
    }

    @Test
    void anIdIsNotANumber() {
        assertEquals(Optional.empty(), ThreadReference.number("3f0c2a1e-8b7d-4c2e-9a51-0d6f3b2c1a00"));
        assertEquals(Optional.empty(), ThreadReference.number("2026-00042"));
        assertEquals(Optional.empty(), ThreadReference.number(null));
    }

    @Test
    void aNumberIsFoundInTheInboxByItsExactNumber() {
        ThreadDetails other = new ThreadDetails(Console.withSubject(
                Console.summary("t-7", "О-2026-00007", ThreadStatus.NEW, null, "Пётр", "+79123456789", null, true), "Ответ на О-2026-00042 не пришёл"),
                List.of());
        FakeInbox inbox = new FakeInbox().with(other).with(Console.waterThread());

        assertEquals("t-42", ThreadReference.id(inbox, "o-2026-42"));
        assertEquals("О-2026-00042", inbox.filters.get(0).search());
        assertEquals(List.of(), inbox.opened, "looking a number up opens nothing, so nothing is marked read");
    }

    @Test
    void aNumberNoThreadHasIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> ThreadReference.id(new FakeInbox(), "О-2026-00099"));
        assertEquals("communication.thread.notFound", e.code());
    }

    @Test
    void anythingElseIsLeftToTheApiAsAnId() {
        FakeInbox inbox = new FakeInbox();
        assertEquals("t-42", ThreadReference.id(inbox, " t-42 "));
        assertEquals(List.of(), inbox.filters);
    }
}
