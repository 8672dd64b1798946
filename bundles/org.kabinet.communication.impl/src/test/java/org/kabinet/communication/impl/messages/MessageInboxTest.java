package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;
import static org.kabinet.communication.impl.messages.MessagesFixture.BORIS;
import static org.kabinet.communication.impl.messages.MessagesFixture.MAILBOX;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;

class MessageInboxTest {
    @TempDir
    Path folder;
    MessagesFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MessagesFixture(folder);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private String write(String tenantId, String accountId, Topic topic, String text) {
        String id = f.tenant.write(tenantId, new NewMessage(accountId, topic, text, List.of())).summary().id();
        f.later(Duration.ofMinutes(1));
        return id;
    }

    private List<String> numbers(InboxFilter filter) {
        return f.staff.inbox(filter).stream().map(ThreadSummary::number).toList();
    }

    @Test
    void anAnswerIsEmailedToTheTenantWithALinkToTheCabinet() {
        String id = write(ANNA, "acc-1", Topic.REPAIR, "Течёт кран");
        ThreadDetails answered = f.staff.answer("Ольга", id, "Слесарь придёт завтра", List.of(), false);

        assertEquals(ThreadStatus.ANSWERED, answered.summary().status());
        List<EmailMessage> letters = f.lettersTo("anna@example.ru");
        assertEquals(1, letters.size());
        EmailMessage letter = letters.get(0);
        String postId = answered.posts().get(1).id();
        assertEquals("message-answer:" + postId, letter.idempotencyKey());
        assertEquals("Ответ на обращение О-2026-00001", letter.subject());
        assertTrue(letter.text().contains("Слесарь придёт завтра"), letter.text());
        assertEquals("https://lk.example/#!messages", letter.actionUrl());
        assertEquals("https://lk.example/unsubscribe/" + ANNA + "/acc-1/MESSAGE_ANSWER_EMAIL", letter.unsubscribeUrl());
        assertEquals(1, f.lettersTo(MAILBOX).size(), "staff's answer goes to the tenant only");
    }

    @Test
    void answersByEmailFollowTheTenantsSetting() {
        f.settings.switchOff(ANNA, "acc-1");
        String aboutAccount = write(ANNA, "acc-1", Topic.CHARGES, "По счёту 1");
        String general = write(ANNA, null, Topic.OTHER, "Общий");
        f.staff.answer("Ольга", aboutAccount, "Ответ 1", List.of(), false);
        f.staff.answer("Ольга", general, "Ответ 2", List.of(), false);
        assertEquals(List.of("Ответ на обращение О-2026-00002"), f.lettersTo("anna@example.ru").stream().map(EmailMessage::subject).toList(),
                "a general message follows the other account, still on");

        f.settings.switchOff(ANNA, "acc-3");
        f.later(Duration.ofMinutes(1));
        f.staff.answer("Ольга", general, "Ответ 3", List.of(), false);
        assertEquals(1, f.lettersTo("anna@example.ru").size(), "off for every account: no letter");
        assertEquals(2, f.tenant.thread(ANNA, general).posts().size() - 1, "the cabinet shows the answers whatever the setting");
    }

    @Test
    void internalNotesStayAmongStaff() {
        String id = write(ANNA, "acc-1", Topic.CHARGES, "Вопрос");
        f.staff.assign("Ольга", id, "Ольга");
        f.staff.answer("Ольга", id, "Проверить перерасчёт за январь", List.of(), true);

        ThreadDetails forTenant = f.tenant.thread(ANNA, id);
        assertEquals(1, forTenant.posts().size());
        assertEquals(1, forTenant.summary().posts());
        assertEquals(1, f.tenant.threads(ANNA).get(0).posts());
        assertEquals(0, f.tenant.unread(ANNA));
        assertEquals(ThreadStatus.IN_PROGRESS, forTenant.summary().status(), "a note changes no status");
        assertTrue(f.lettersTo("anna@example.ru").isEmpty());

        ThreadDetails forStaff = f.staff.thread(id);
        assertEquals(2, forStaff.posts().size());
        assertTrue(forStaff.posts().get(1).internal());
        assertEquals(2, forStaff.summary().posts());
    }

    @Test
    void assigningTakesANewThreadIntoWork() {
        String id = write(ANNA, null, Topic.OTHER, "Вопрос");
        assertEquals(ThreadStatus.IN_PROGRESS, f.staff.assign("Ольга", id, "Пётр").summary().status());
        assertEquals("Пётр", f.staff.thread(id).summary().assignee());
        f.staff.answer("Пётр", id, "Ответ", List.of(), false);
        ThreadDetails unassigned = f.staff.assign("Ольга", id, null);
        assertNull(unassigned.summary().assignee());
        assertEquals(ThreadStatus.ANSWERED, unassigned.summary().status(), "only a NEW thread changes");
        assertEquals(ThreadStatus.CLOSED, f.staff.setStatus("Ольга", id, ThreadStatus.CLOSED).summary().status());
        assertEquals("communication.status", assertThrows(ValidationException.class, () -> f.staff.setStatus("Ольга", id, null)).code());
        assertEquals("communication.assignee", assertThrows(ValidationException.class, () -> f.staff.assign("Ольга", id, "я".repeat(101))).code());
        assertThrows(NotFoundException.class, () -> f.staff.thread("no-such"));
        assertThrows(NotFoundException.class, () -> f.staff.answer("Ольга", "no-such", "Ответ", List.of(), false));
    }

    @Test
    void staffSeeWhatTheAuthorWroteSinceTheyLastOpened() {
        String id = write(ANNA, null, Topic.OTHER, "Вопрос");
        assertTrue(f.staff.inbox(InboxFilter.ALL).get(0).unread());
        assertEquals(1, f.staff.counts().unread());
        f.staff.thread(id);
        assertFalse(f.staff.inbox(InboxFilter.ALL).get(0).unread());
        f.later(Duration.ofMinutes(1));
        f.staff.answer("Ольга", id, "Ответ", List.of(), false);
        assertEquals(0, f.staff.counts().unread(), "answering is seeing");
        f.later(Duration.ofMinutes(1));
        f.tenant.reply(ANNA, id, "Спасибо, но…", List.of());
        assertEquals(1, f.staff.counts().unread());
    }

    @Test
    void theInboxFiltersCountsAndSearches() {
        String charges = write(ANNA, "acc-1", Topic.CHARGES, "Перерасчёт за январь");
        write(BORIS, "acc-2", Topic.REPAIR, "Сломан ЛИФТ");
        String feedback = f.feedback.submit(new FeedbackForm("Иван Петров", "+7 912 345-67-89", "Когда отключат воду?", null, null, "1.2.3.4"));
        f.later(Duration.ofMinutes(1));
        f.staff.assign("Ольга", charges, "Ольга");

        assertEquals(List.of("О-2026-00001", feedback, "О-2026-00002"), numbers(InboxFilter.ALL), "latest activity first");
        assertEquals(List.of(feedback, "О-2026-00002"), numbers(new InboxFilter(ThreadStatus.NEW, null, null, null, null, 0)));
        assertEquals(List.of("О-2026-00002"), numbers(new InboxFilter(null, Topic.REPAIR, null, null, null, 0)));
        assertEquals(List.of("О-2026-00001"), numbers(new InboxFilter(null, null, "Ольга", null, null, 0)));
        assertEquals(List.of(feedback, "О-2026-00002"), numbers(new InboxFilter(null, null, InboxFilter.UNASSIGNED, null, null, 0)));
        assertEquals(List.of(feedback), numbers(new InboxFilter(null, null, null, true, null, 0)));
        assertEquals(List.of("О-2026-00001", "О-2026-00002"), numbers(new InboxFilter(null, null, null, false, null, 0)));
        assertEquals(List.of("О-2026-00002"), numbers(new InboxFilter(null, null, null, null, "лифт", 0)), "subject, any case");
        assertEquals(List.of("О-2026-00001"), numbers(new InboxFilter(null, null, null, null, "8600001", 0)), "account number");
        assertEquals(List.of("О-2026-00002"), numbers(new InboxFilter(null, null, null, null, "BORIS@", 0)), "contact");
        assertEquals(List.of(feedback), numbers(new InboxFilter(null, null, null, null, "912 345", 0)), "a phone as shown");
        assertEquals(List.of("О-2026-00002"), numbers(new InboxFilter(null, null, null, null, "O-2026-00002", 0)),
                "a number typed with a Latin O");
        assertEquals(List.of(), numbers(new InboxFilter(null, null, null, null, "2026_0", 0)), "wildcards are plain characters");
        assertEquals(1, f.staff.inbox(new InboxFilter(null, null, null, null, null, 1)).size());

        InboxCounts counts = f.staff.counts();
        assertEquals(new InboxCounts(2, 1, 0, 0, 3), counts);
    }

    @Test
    void staffOwnersAreTheSameOnBothSidesOfTheModule() {
        String name = "  Мария\tИванова  ";
        assertEquals(org.kabinet.communication.impl.files.Owners.staff(name), MessageInbox.owner(name));
        assertEquals("staff:Мария Иванова", MessageInbox.owner(name));
        String longName = "Я".repeat(150);
        assertEquals("staff:" + "Я".repeat(100), MessageInbox.owner(longName));
        assertEquals(99, org.kabinet.communication.impl.files.Owners.staffName("a" + "\uD83D\uDE00".repeat(60)).length(),
                "not cut inside a pair");
    }
}
