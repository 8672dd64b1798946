package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;
import static org.kabinet.communication.impl.messages.MessagesFixture.MAILBOX;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;

class FeedbackTest {
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

    private static FeedbackForm form(String contact, String client) {
        return new FeedbackForm("Иван Петров", contact, "Когда дадут горячую воду?", "", null, client);
    }

    @Test
    void feedbackIsAThreadWithoutAnAccountInTheInboxAndALetterToTheMailbox() {
        String number = f.feedback.submit(new FeedbackForm("  Иван\tПетров ", "8 (912) 345-67-89", "Когда дадут воду?", null, null, "1.1.1.1"));

        assertEquals("О-2026-00001", number);
        ThreadSummary t = f.staff.inbox(InboxFilter.ALL).get(0);
        assertEquals(Topic.OTHER, t.topic());
        assertNull(t.accountId());
        assertNull(t.tenantId());
        assertEquals("Иван Петров", t.contactName());
        assertEquals("+7 912 345-67-89", t.contact());
        ThreadDetails d = f.staff.thread(t.id());
        assertEquals(AuthorKind.VISITOR, d.posts().get(0).author());
        EmailMessage letter = f.lettersTo(MAILBOX).get(0);
        assertEquals("Обращение О-2026-00001: обратная связь — Иван Петров", letter.subject());
        assertTrue(letter.text().contains("+7 912 345-67-89") && letter.text().contains("перезвоните"), letter.text());
    }

    @Test
    void theFormIsChecked() {
        assertEquals("communication.feedback.name", assertThrows(ValidationException.class,
                () -> f.feedback.submit(new FeedbackForm(" ", "ivan@mail.ru", "Текст", null, null, "c"))).code());
        assertEquals("communication.feedback.name", assertThrows(ValidationException.class,
                () -> f.feedback.submit(new FeedbackForm("я".repeat(101), "ivan@mail.ru", "Текст", null, null, "c"))).code());
        assertEquals("communication.feedback.text", assertThrows(ValidationException.class,
                () -> f.feedback.submit(new FeedbackForm("Иван", "ivan@mail.ru", "я".repeat(2001), null, null, "c"))).code());
        for (String bad : List.of("", "ivan", "ivan@mail", "ivan @mail.ru", "<ivan@mail.ru>", "\"i\"@mail.ru", "a@b@mail.ru",
                "ivan@mail..ru", "12345", "+1 650 253 0000 1", "ivan@mail.ru, boss@mail.ru")) {
            assertEquals("communication.feedback.contact", assertThrows(ValidationException.class,
                    () -> f.feedback.submit(form(bad, "c"))).code(), bad);
        }
        assertTrue(f.staff.inbox(InboxFilter.ALL).isEmpty());
        assertEquals(FeedbackService.Contact.class, FeedbackService.contact("Ivan.Petrov+uk@Mail.RU").getClass());
        assertEquals("ivan.petrov+uk@mail.ru", FeedbackService.contact("Ivan.Petrov+uk@Mail.RU").key());
        assertEquals("9123456789", FeedbackService.contact("+7 (912) 345-67-89").key());
    }

    @Test
    void aFilledHoneypotIsAnsweredAsUsualButNothingIsStoredOrSent() {
        String number = f.feedback.submit(new FeedbackForm("Bot", "bot@spam.example", "Buy now", "http://spam.example", null, "6.6.6.6"));
        assertTrue(number.matches("О-2026-\\d{5}"), number);
        assertTrue(f.staff.inbox(InboxFilter.ALL).isEmpty());
        assertTrue(f.outbox.letters.isEmpty());
        assertEquals("О-2026-00001", f.feedback.submit(form("ivan@mail.ru", "1.1.1.1")), "the bot took no number from anyone");
    }

    @Test
    void oneClientSendsAtMostFiveFormsAnHour() {
        for (int i = 0; i < 5; i++) {
            f.feedback.submit(form("person" + i + "@mail.ru", "10.0.0.1"));
        }
        KabinetException e = assertThrows(KabinetException.class, () -> f.feedback.submit(form("other@mail.ru", "10.0.0.1")));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("communication.feedback.tooMany", e.code());
        f.feedback.submit(form("other@mail.ru", "10.0.0.2"));
        f.later(Duration.ofMinutes(61));
        f.feedback.submit(form("other2@mail.ru", "10.0.0.1"));
    }

    @Test
    void oneContactSendsAtMostThreeFormsADay() {
        for (int i = 0; i < 3; i++) {
            f.feedback.submit(form(i == 1 ? "IVAN@mail.ru" : "ivan@mail.ru", "10.0.0." + i));
        }
        KabinetException e = assertThrows(KabinetException.class, () -> f.feedback.submit(form("ivan@mail.ru", "10.0.0.9")));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("communication.feedback.tooMany", e.code());
        assertEquals(3, f.staff.inbox(InboxFilter.ALL).size());
        f.at("2026-03-11T08:00");
        f.feedback.submit(form("ivan@mail.ru", "10.0.0.9"));
    }

    @Test
    void aSignedInTenantsFeedbackShowsAmongTheirMessages() {
        String number = f.feedback.submit(new FeedbackForm("Анна", "anna@example.ru", "Спасибо за уборку!", null, ANNA, "1.1.1.1"));
        List<ThreadSummary> mine = f.tenant.threads(ANNA);
        assertEquals(1, mine.size());
        assertEquals(number, mine.get(0).number());
        assertNull(mine.get(0).accountId());
        assertEquals(List.of(number), f.staff.inbox(new InboxFilter(null, null, null, true, null, 0)).stream().map(ThreadSummary::number).toList());
    }

    @Test
    void anAnswerToFeedbackGoesToItsEmailButNotToAPhone() {
        f.feedback.submit(form("ivan@mail.ru", "1"));
        f.feedback.submit(form("+79123456789", "2"));
        List<ThreadSummary> inbox = f.staff.inbox(InboxFilter.ALL);
        for (ThreadSummary t : inbox) {
            f.staff.answer("Ольга", t.id(), "Воду дадут в пятницу", List.of(), false);
        }
        List<EmailMessage> letters = f.lettersTo("ivan@mail.ru");
        assertEquals(1, letters.size());
        assertNull(letters.get(0).actionUrl(), "no cabinet to link to for someone signed out");
        assertTrue(letters.get(0).text().contains("Воду дадут в пятницу"));
        assertEquals(3, f.outbox.letters.size(), "two to the mailbox, one answer");
    }

    @Test
    void everyoneTogetherSendsAtMostFeedbackPerHour() {
        FeedbackService capped = new FeedbackService(f.threads, new MessageLetters(f.outbox, f.company, MAILBOX),
                new ClientThrottle(5, Duration.ofHours(1), f.clock), 3, 4);
        for (int i = 0; i < 4; i++) {
            capped.submit(form("visitor" + i + "@example.ru", "10.0.0." + i));
        }
        KabinetException e = assertThrows(KabinetException.class, () -> capped.submit(form("visitor9@example.ru", "10.0.0.9")));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("communication.feedback.tooMany", e.code());
        assertEquals(4, f.lettersTo(MAILBOX).size());
        f.later(Duration.ofMinutes(61));
        capped.submit(form("visitor9@example.ru", "10.0.0.9"));
    }
}
