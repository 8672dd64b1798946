package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.MessagesListener;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.Topic;

/** What {@link MessagesListener}s hear: a tenant's new message and reply, nothing of staff. */
class MessagesListenerTest {
    @TempDir
    Path folder;
    MessagesFixture f;
    final List<MessageNotice> heard = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new MessagesFixture(folder);
        f.data.listeners().add(new MessagesListener() {
            @Override
            public void messageReceived(MessageNotice notice) {
                heard.add(notice);
            }
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aNewMessageIsHeardOnceWithItsThreadAccountAndTopic() {
        ThreadDetails t = f.tenant.write(ANNA, new NewMessage("acc-1", Topic.CHARGES, "Почему начислено за 3 человек?", List.of()));
        Post post = t.posts().get(0);
        assertEquals(List.of(new MessageNotice(post.id(), t.summary().id(), ANNA, "acc-1", Topic.CHARGES, post.at())), heard);
        assertEquals(f.clock.instant(), post.at());

        ThreadDetails general = f.tenant.write(ANNA, new NewMessage(null, Topic.OTHER, "Общий вопрос", List.of()));
        assertEquals(2, heard.size());
        assertNull(heard.get(1).accountId(), "a general message is about no account");
        assertEquals(general.summary().id(), heard.get(1).threadId());
    }

    @Test
    void aTenantsReplyIsHeardButNotStaffsAnswersNotesOrTheFeedbackForm() {
        String id = f.tenant.write(ANNA, new NewMessage("acc-3", Topic.REPAIR, "Течёт кран", List.of())).summary().id();
        f.later(Duration.ofMinutes(5));
        f.staff.answer("Ольга", id, "Пришлём сантехника", List.of(), false);
        f.staff.answer("Ольга", id, "Заявка в журнале", List.of(), true);
        f.feedback.submit(new FeedbackForm("Иван", "ivan@mail.ru", "Отзыв", null, ANNA, "10.0.0.1"));
        assertEquals(1, heard.size(), "only the tenant's message");

        f.later(Duration.ofMinutes(5));
        ThreadDetails replied = f.tenant.reply(ANNA, id, "Спасибо, жду", List.of());
        Post reply = replied.posts().get(replied.posts().size() - 1);
        assertEquals(new MessageNotice(reply.id(), id, ANNA, "acc-3", Topic.REPAIR, f.clock.instant()), heard.get(1));
        assertEquals(2, heard.size());
    }

    @Test
    void aListenerThatThrowsRollsTheMessageBack() {
        String id = f.tenant.write(ANNA, new NewMessage("acc-1", Topic.CHARGES, "Вопрос", List.of())).summary().id();
        f.data.listeners().add(new MessagesListener() {
            @Override
            public void messageReceived(MessageNotice notice) {
                throw new IllegalStateException("outbox down");
            }
        });
        assertThrows(IllegalStateException.class, () -> f.tenant.reply(ANNA, id, "Ещё вопрос", List.of()));
        assertThrows(IllegalStateException.class,
                () -> f.tenant.write(ANNA, new NewMessage("acc-1", Topic.CHARGES, "Другой вопрос", List.of())));
        assertEquals(1, f.tenant.threads(ANNA).size(), "nothing is stored that a listener did not hear");
        assertEquals(1, f.tenant.thread(ANNA, id).posts().size());
        assertEquals(1, f.staff.inbox(null).size());
    }
}
