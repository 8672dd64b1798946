package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;
import static org.kabinet.communication.impl.messages.MessagesFixture.BORIS;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.ValidationException;

/** The staff inbox a page at a time, counted with the same filter, in the database. */
class InboxPagingTest {
    @TempDir
    Path folder;
    MessagesFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MessagesFixture(folder);
        for (int i = 0; i < 5; i++) {
            f.tenant.write(i % 2 == 0 ? ANNA : BORIS, new NewMessage(null, Topic.OTHER, "Вопрос " + i, List.of()));
            f.later(Duration.ofMinutes(1));
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<String> numbers(List<ThreadSummary> threads) {
        return threads.stream().map(ThreadSummary::number).toList();
    }

    @Test
    void pagesAreTheWholeListInOrder() {
        List<String> all = numbers(f.staff.inbox(InboxFilter.ALL));
        assertEquals(5, all.size());
        assertEquals(5, f.staff.countInbox(InboxFilter.ALL));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            paged.addAll(numbers(f.staff.inbox(InboxFilter.ALL, offset, 2)));
        }
        assertEquals(all, paged);
        assertEquals(List.of(), f.staff.inbox(InboxFilter.ALL, 10, 2));
    }

    @Test
    void theCountFollowsTheFilter() {
        InboxFilter search = new InboxFilter(null, null, null, null, "Вопрос 3", 0);
        assertEquals(1, f.staff.countInbox(search));
        assertEquals(numbers(f.staff.inbox(search)), numbers(f.staff.inbox(search, 0, 50)));
        assertEquals("page", assertThrows(ValidationException.class, () -> f.staff.inbox(InboxFilter.ALL, -1, 2)).field());
    }
}
