package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.communication.impl.messages.MessagesFixture.ANNA;
import static org.kabinet.communication.impl.messages.MessagesFixture.BORIS;
import static org.kabinet.communication.impl.messages.MessagesFixture.MAILBOX;
import static org.kabinet.communication.impl.messages.MessagesFixture.jpeg;
import static org.kabinet.communication.impl.messages.MessagesFixture.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;

class TenantMessagesTest {
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

    private ThreadDetails write(String tenantId, String accountId, String text, List<String> files) {
        return f.tenant.write(tenantId, new NewMessage(accountId, Topic.CHARGES, text, files));
    }

    @Test
    void aMessageIsANewNumberedThreadAndTheCompanyMailboxHearsOfItWithItsFiles() {
        AttachmentInfo photo = f.tenant.upload(ANNA, "счётчик.jpg", jpeg());
        f.later(Duration.ofSeconds(5));
        AttachmentInfo scan = f.tenant.upload(ANNA, "квитанция.pdf", pdf());

        ThreadDetails t = write(ANNA, "acc-1", "  Почему начислено за 3 человек?\nНас двое.  ", List.of(photo.id(), scan.id()));

        assertEquals("О-2026-00001", t.summary().number());
        assertEquals(ThreadStatus.NEW, t.summary().status());
        assertEquals("8600001", t.summary().accountNumber());
        assertEquals("anna@example.ru", t.summary().contact());
        assertEquals("Почему начислено за 3 человек?", t.summary().subject());
        assertFalse(t.summary().unread(), "the tenant's own post is not news to them");
        assertEquals(1, t.posts().size());
        assertEquals(AuthorKind.TENANT, t.posts().get(0).author());
        assertEquals("Почему начислено за 3 человек?\nНас двое.", t.posts().get(0).text());
        assertEquals(List.of("счётчик.jpg", "квитанция.pdf"), t.posts().get(0).attachments().stream().map(AttachmentInfo::name).toList());

        List<EmailMessage> letters = f.lettersTo(MAILBOX);
        assertEquals(1, letters.size());
        EmailMessage letter = letters.get(0);
        assertEquals("Обращение О-2026-00001: Начисления — л/с 8600001", letter.subject());
        assertTrue(letter.text().contains("anna@example.ru"), letter.text());
        assertTrue(letter.text().contains("Лицевой счёт: 8600001"), letter.text());
        assertTrue(letter.text().contains("Нас двое."), letter.text());
        assertTrue(letter.text().contains("счётчик.jpg, квитанция.pdf"), letter.text());
        assertTrue(letter.text().contains("https://lk.example/admin"), letter.text());
        assertTrue(letter.attachments().isEmpty(), "files stay in the portal");
    }

    @Test
    void numbersRunThroughTheYearAndStartAgainInJanuary() {
        String first = write(ANNA, null, "Первое", List.of()).summary().number();
        assertEquals("О-2026-00001", first);
        assertEquals('\u041E', first.charAt(0), "a Cyrillic О, as in «обращение»");
        assertEquals("О-2026-00002", write(BORIS, "acc-2", "Второе", List.of()).summary().number());
        assertEquals("О-2026-00003", f.feedback.submit(new org.kabinet.communication.api.FeedbackForm("Иван", "ivan@mail.ru", "Третье",
                null, null, "10.0.0.1")), "feedback shares the numbers");
        f.at("2027-01-01T00:05");
        assertEquals("О-2027-00001", write(ANNA, null, "С Новым годом", List.of()).summary().number());
        assertEquals("О-2026-00003", f.staff.inbox(new InboxFilter(null, null, null, null, "о-2026-00003", 0)).get(0).number());
    }

    @Test
    void aMessageAboutNoAccountIsAllowedButOnlyTheTenantsOwnAccounts() {
        assertNull(write(ANNA, null, "Общий вопрос", List.of()).summary().accountId());
        assertThrows(NotFoundException.class, () -> write(ANNA, "acc-2", "Чужой счёт", List.of()));
        assertThrows(NotFoundException.class, () -> write(ANNA, "no-such", "Нет счёта", List.of()));
        assertEquals(1, f.tenant.threads(ANNA).size(), "nothing stored for the refused ones");
        assertEquals(1, f.lettersTo(MAILBOX).size());
    }

    @Test
    void aHouseholdMemberWhoOnlyViewsWritesAboutNoAccountButNotAboutTheirs() {
        f.accounts.join(BORIS, "acc-1", "8600001", AccountAccess.VIEW);
        KabinetException refused = assertThrows(KabinetException.class, () -> write(BORIS, "acc-1", "Почему так много?", List.of()));
        assertEquals(Failure.FORBIDDEN, refused.failure());
        assertEquals("account.readOnly", refused.code());
        assertTrue(f.tenant.threads(BORIS).isEmpty(), "nothing stored");
        assertTrue(f.lettersTo(MAILBOX).isEmpty(), "nothing sent");
        assertNull(write(BORIS, null, "Общий вопрос", List.of()).summary().accountId());
        assertEquals("8600002", write(BORIS, "acc-2", "О своём счёте", List.of()).summary().accountNumber(), "his own account as before");
        assertThrows(NotFoundException.class, () -> write(BORIS, "acc-3", "Чужой счёт", List.of()), "a stranger still gets not found");
    }

    @Test
    void aHouseholdMemberWithFullAccessWritesAboutTheAccount() {
        f.accounts.join(BORIS, "acc-1", "8600001", AccountAccess.FULL);
        ThreadDetails t = write(BORIS, "acc-1", "Течёт кран", List.of());
        assertEquals("8600001", t.summary().accountNumber());
        assertEquals("boris@example.ru", t.summary().contact(), "the writer's thread, answered to the writer");
        assertEquals(List.of(t.summary().id()), f.tenant.threads(BORIS).stream().map(s -> s.id()).toList());
        assertTrue(f.tenant.threads(ANNA).isEmpty(), "the holder does not see the member's thread");
        f.staff.answer("Ольга", t.summary().id(), "Слесарь придёт завтра", List.of(), false);
        assertEquals(1, f.lettersTo("boris@example.ru").size(), "the answer goes to the writer");
        assertTrue(f.lettersTo("anna@example.ru").isEmpty(), "not to the holder");
    }

    @Test
    void aMembersAccountsWithEverythingOffDoNotSilenceTheAnswersToTheirGeneralQuestions() {
        f.accounts.join(BORIS, "acc-1", "8600001", AccountAccess.VIEW);
        f.settings.switchOff(BORIS, "acc-1");
        ThreadDetails t = write(BORIS, null, "Как подать заявление?", List.of());
        f.staff.answer("Ольга", t.summary().id(), "Через окно приёма", List.of(), false);
        assertEquals(1, f.lettersTo("boris@example.ru").size(), "a member's switches are for the account, not for the member's questions");
    }

    @Test
    void textTopicAndAttachmentsAreChecked() {
        assertEquals("communication.text", assertThrows(ValidationException.class, () -> write(ANNA, null, " \n\t ", List.of())).code());
        assertEquals("communication.text", assertThrows(ValidationException.class,
                () -> write(ANNA, null, "я".repeat(5001), List.of())).code());
        assertEquals(5000, write(ANNA, null, "  " + "я".repeat(5000) + "  ", List.of()).posts().get(0).text().length());
        assertEquals("communication.topic", assertThrows(ValidationException.class,
                () -> f.tenant.write(ANNA, new NewMessage(null, null, "Текст", List.of()))).code());

        List<String> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> f.tenant.upload(ANNA, "p" + i + ".jpg", jpeg()).id()).toList();
        assertEquals("communication.attachments", assertThrows(ValidationException.class, () -> write(ANNA, null, "Шесть", six)).code());

        String boris = f.tenant.upload(BORIS, "his.jpg", jpeg()).id();
        assertEquals("communication.attachments", assertThrows(ValidationException.class,
                () -> write(ANNA, null, "Чужой файл", List.of(six.get(0), boris))).code());
        assertEquals(1, f.tenant.threads(ANNA).size(), "the refused message left nothing behind");
        assertEquals(java.util.Optional.empty(), f.files.target(six.get(0)), "its own file was not used up either");

        write(ANNA, null, "С файлом", List.of(six.get(0)));
        assertEquals("communication.attachments", assertThrows(ValidationException.class,
                () -> write(ANNA, null, "Тот же файл ещё раз", List.of(six.get(0)))).code());
        assertEquals("communication.attachments", assertThrows(ValidationException.class,
                () -> write(ANNA, null, "Дважды", List.of(six.get(1), six.get(1)))).code());
    }

    @Test
    void aTenantWritesALimitedNumberOfMessagesADay() throws Exception {
        f.close();
        f = new MessagesFixture(folder, MAILBOX, 2);
        ThreadDetails first = write(ANNA, null, "Раз", List.of());
        f.tenant.reply(ANNA, first.summary().id(), "Два", List.of());
        KabinetException e = assertThrows(KabinetException.class, () -> write(ANNA, null, "Три", List.of()));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("communication.tooMany", e.code());
        assertThrows(KabinetException.class, () -> f.tenant.reply(ANNA, first.summary().id(), "Три", List.of()));
        write(BORIS, null, "У другого свой предел", List.of());

        f.at("2026-03-11T00:01");
        write(ANNA, null, "Новый день", List.of());
    }

    @Test
    void anotherTenantsThreadsAndFilesAreNotFound() {
        AttachmentInfo photo = f.tenant.upload(ANNA, "photo.jpg", jpeg());
        String id = write(ANNA, "acc-1", "Моё", List.of(photo.id())).summary().id();
        AttachmentInfo unattached = f.tenant.upload(ANNA, "later.pdf", pdf());

        assertTrue(f.tenant.threads(BORIS).isEmpty());
        assertThrows(NotFoundException.class, () -> f.tenant.thread(BORIS, id));
        assertThrows(NotFoundException.class, () -> f.tenant.reply(BORIS, id, "Влезу", List.of()));
        assertThrows(NotFoundException.class, () -> f.tenant.close(BORIS, id));
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(BORIS, photo.id()));
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(BORIS, unattached.id()));
        assertThrows(NotFoundException.class, () -> f.tenant.thread(ANNA, "no-such-thread"));
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(ANNA, "no-such-file"));

        assertEquals(photo.id(), f.tenant.attachment(ANNA, photo.id()).info().id());
        assertEquals(pdf().length, f.tenant.attachment(ANNA, unattached.id()).content().length);
        assertEquals(ThreadStatus.NEW, f.tenant.thread(ANNA, id).summary().status(), "Boris's attempts changed nothing");
    }

    @Test
    void staffFilesAreTheTenantsToOpenOnlyInAnAnswer() {
        String id = write(ANNA, null, "Вопрос", List.of()).summary().id();
        AttachmentInfo answerFile = f.staff.upload("Ольга", "ответ.pdf", pdf());
        AttachmentInfo noteFile = f.staff.upload("Ольга", "служебное.pdf", pdf());
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(ANNA, answerFile.id()), "not attached yet");
        f.staff.answer("Ольга", id, "Служебная заметка", List.of(noteFile.id()), true);
        f.staff.answer("Ольга", id, "Ответ с файлом", List.of(answerFile.id()), false);

        assertEquals("ответ.pdf", f.tenant.attachment(ANNA, answerFile.id()).info().name());
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(ANNA, noteFile.id()));
        assertThrows(NotFoundException.class, () -> f.tenant.attachment(BORIS, answerFile.id()));
        assertEquals("служебное.pdf", f.staff.attachment(noteFile.id()).info().name());
    }

    @Test
    void theTenantSeesAnAnswerAsUnreadUntilOpeningIt() {
        String id = write(ANNA, "acc-1", "Вопрос", List.of()).summary().id();
        assertEquals(0, f.tenant.unread(ANNA));
        f.later(Duration.ofMinutes(5));
        f.staff.answer("Ольга", id, "Ответ", List.of(), false);
        assertEquals(1, f.tenant.unread(ANNA));
        assertTrue(f.tenant.threads(ANNA).get(0).unread());
        assertEquals(0, f.tenant.unread(BORIS));

        f.later(Duration.ofMinutes(1));
        ThreadDetails opened = f.tenant.thread(ANNA, id);
        assertFalse(opened.summary().unread());
        assertEquals(0, f.tenant.unread(ANNA));
        assertFalse(f.tenant.threads(ANNA).get(0).unread());
    }

    @Test
    void aReplyReopensAnAnsweredOrClosedThreadAndTheMailboxHearsOfIt() {
        String id = write(ANNA, "acc-1", "Вопрос", List.of()).summary().id();
        f.later(Duration.ofMinutes(1));
        f.staff.answer("Ольга", id, "Ответ", List.of(), false);
        f.later(Duration.ofMinutes(1));

        ThreadDetails replied = f.tenant.reply(ANNA, id, "Уточнение", List.of());
        assertEquals(ThreadStatus.IN_PROGRESS, replied.summary().status());
        assertEquals(3, replied.posts().size());
        List<EmailMessage> toMailbox = f.lettersTo(MAILBOX);
        assertEquals(2, toMailbox.size());
        assertEquals("Обращение О-2026-00001: Начисления — л/с 8600001 — новое сообщение", toMailbox.get(1).subject());
        assertTrue(toMailbox.get(1).text().contains("Уточнение"));

        assertEquals(ThreadStatus.CLOSED, f.tenant.close(ANNA, id).summary().status());
        f.later(Duration.ofMinutes(1));
        assertEquals(ThreadStatus.IN_PROGRESS, f.tenant.reply(ANNA, id, "Ещё вопрос", List.of()).summary().status());
    }

    @Test
    void aReplyToANewThreadKeepsItNew() {
        String id = write(ANNA, null, "Вопрос", List.of()).summary().id();
        assertEquals(ThreadStatus.NEW, f.tenant.reply(ANNA, id, "Забыла добавить", List.of()).summary().status());
    }

    @Test
    void withoutAnyMailboxTheThreadIsStoredAndNoLetterQueued() throws Exception {
        f.close();
        f = new MessagesFixture(folder, "", 20);
        f.company.email = "";
        write(ANNA, null, "Вопрос", List.of());
        assertEquals(1, f.staff.inbox(InboxFilter.ALL).size());
        assertTrue(f.outbox.letters.isEmpty());

        f.company.email = "info@uk.example";
        write(ANNA, null, "Ещё вопрос", List.of());
        assertEquals(1, f.lettersTo("info@uk.example").size(), "the company's own address when no mailbox is set");
    }

    @Test
    void aNullFileIdIsRefusedWithTheFieldsCodeNotANullPointer() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> write(ANNA, null, "Вопрос", java.util.Arrays.asList("f-1", null)));
        assertEquals("communication.attachments", e.code());
        assertEquals("communication.attachments", assertThrows(ValidationException.class,
                () -> f.tenant.reply(ANNA, write(ANNA, null, "Вопрос", List.of()).summary().id(), "Ещё", java.util.Arrays.asList((String) null)))
                .code());
    }

    @Test
    void aTenantDoesNotSeeWhichMemberOfStaffTheThreadIsAssignedTo() {
        ThreadDetails t = write(ANNA, null, "Вопрос", List.of());
        assertEquals("Иванова", f.staff.assign("Петрова", t.summary().id(), "Иванова").summary().assignee());
        assertNull(f.tenant.threads(ANNA).get(0).assignee());
        assertNull(f.tenant.thread(ANNA, t.summary().id()).summary().assignee());
        assertEquals("Иванова", f.staff.inbox(org.kabinet.communication.api.InboxFilter.ALL).get(0).assignee());
    }
}
