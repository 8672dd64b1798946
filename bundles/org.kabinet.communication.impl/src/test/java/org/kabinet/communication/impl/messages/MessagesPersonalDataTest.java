package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;
import static org.kabinet.communication.impl.messages.MessagesFixture.BORIS;
import static org.kabinet.communication.impl.messages.MessagesFixture.jpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.Topic;
import org.kabinet.communication.impl.messages.jpa.MessagesPersonalData;
import org.kabinet.registration.api.DataSubject;

/** A tenant's messages in "my data": exported with texts the tenant sees and file names; erased by pseudonymising the author. */
class MessagesPersonalDataTest {
    @TempDir
    Path folder;
    private MessagesFixture f;
    private MessagesPersonalData source;

    @BeforeEach
    void setUp() throws Exception {
        f = new MessagesFixture(folder);
        source = new MessagesPersonalData(f.jpa, f.jpa);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theExportHasTheThreadsPostsAndFileNamesButNoInternalNotes() {
        AttachmentInfo photo = f.tenant.upload(ANNA, "кран.jpg", jpeg());
        ThreadDetails t = f.tenant.write(ANNA, new NewMessage("acc-1", Topic.REPAIR, "Течёт кран", List.of(photo.id())));
        f.later(Duration.ofMinutes(1));
        f.staff.answer("Ольга", t.summary().id(), "Слесарь придёт завтра", List.of(), false);
        f.staff.answer("Ольга", t.summary().id(), "внутренняя заметка", List.of(), true);
        f.tenant.write(BORIS, new NewMessage(null, Topic.OTHER, "Чужое обращение", List.of()));

        List<?> threads = (List<?>) source.export(new DataSubject(ANNA, "anna@example.ru"));
        assertEquals(1, threads.size());
        Map<?, ?> thread = (Map<?, ?>) threads.get(0);
        assertEquals("Ремонт", thread.get("topic"));
        List<?> posts = (List<?>) thread.get("posts");
        assertEquals(2, posts.size(), "the internal note is not the tenant's to see");
        assertEquals("Течёт кран", ((Map<?, ?>) posts.get(0)).get("text"));
        assertEquals(List.of("кран.jpg"), ((Map<?, ?>) posts.get(0)).get("attachments"));
        assertEquals("Управляющая компания", ((Map<?, ?>) posts.get(1)).get("author"));
        assertFalse(threads.toString().contains("Чужое"));
    }

    @Test
    void erasingShowsTheAuthorAsDeletedAndKeepsTheTexts() {
        ThreadDetails t = f.tenant.write(ANNA, new NewMessage(null, Topic.REPAIR, "Течёт кран", List.of()));
        f.staff.answer("Ольга", t.summary().id(), "Слесарь придёт завтра", List.of(), false);

        source.erase(new DataSubject(ANNA, "deleted-x@deleted.invalid"));
        source.erase(new DataSubject(ANNA, "deleted-x@deleted.invalid"));

        String seen = f.staff.thread(t.summary().id()).toString();
        assertTrue(seen.contains(MessagesPersonalData.DELETED_AUTHOR), seen);
        assertFalse(seen.contains("@"), "no address left: " + seen);
        assertTrue(seen.contains("Течёт кран") && seen.contains("Ольга"));
    }
}
