package org.kabinet.communication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.communication.api.Topic;

class TenantPagesTest {
    private static final LinkedAccount ACCOUNT = new LinkedAccount("a1", "8600001", new City("surgut", "Сургут"), AccountKind.UTILITIES,
            "ул. Мира, д. 5, кв. 1", BigDecimal.TEN, 2, AccountStatus.OPEN, Fakes.NOW);
    private final Messages ru = new Messages(Fakes.tenant().locale());

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theBadgeCountsThreadsWithAnUnreadAnswer() {
        MessagesPage page = new MessagesPage(new Fakes.Threads(), Fakes.TIME, null);
        assertEquals(1, page.badge(Fakes.tenant()));
        assertEquals("messages", page.id());
        assertEquals("Обращения", page.title(null));
    }

    @Test
    void theListShowsEachThreadWithItsNumberStatusAndANewAnswerMark() {
        Component view = new MessagesView(new Fakes.Threads(), List.of(ACCOUNT), Fakes.ZONE, Fakes.tenant(), ru);
        Fakes.find(view, "messages-list", VerticalLayout.class);
        assertEquals("О-2026-00042 · Ремонт", Fakes.find(view, "thread-2026-00042", Button.class).getCaption());
        assertTrue(Fakes.find(view, "thread-2026-00042-unread", Label.class).isVisible());
        assertFalse(Fakes.findOptional(view, "thread-2026-00041-unread", Label.class).isPresent());
        assertEquals("Ответ дан · Счёт 8600001 · 25.11.2026 14:03", Fakes.find(view, "thread-2026-00042-meta", Label.class).getValue());
        // with threads there, the form waits behind «Написать обращение»
        assertFalse(Fakes.find(view, "message-form", VerticalLayout.class).isVisible());
        Fakes.find(view, "message-new", Button.class).click();
        assertTrue(Fakes.find(view, "message-form", VerticalLayout.class).isVisible());
    }

    @Test
    void aTenantWithoutThreadsSeesTheFormAndWhatToDo() {
        Fakes.Threads service = new Fakes.Threads();
        service.threads.clear();
        Component view = new MessagesView(service, List.of(), Fakes.ZONE, Fakes.tenant(), ru);
        assertTrue(Fakes.find(view, "message-form", VerticalLayout.class).isVisible());
        assertTrue(Fakes.find(view, "messages-empty", Label.class).getValue().contains("напишите"));
        @SuppressWarnings("unchecked")
        ComboBox<NewMessageForm.AccountChoice> account = Fakes.find(view, "message-account", ComboBox.class);
        assertEquals("Без лицевого счёта", account.getValue().caption());
    }

    @Test
    @SuppressWarnings("unchecked")
    void writingAMessageSendsItWithItsFileAndSaysItsNumber() {
        Fakes.ui();
        Fakes.Threads service = new Fakes.Threads();
        MessagesView view = new MessagesView(service, List.of(ACCOUNT), Fakes.ZONE, Fakes.tenant(), ru);
        Fakes.find(view, "message-new", Button.class).click();
        ComboBox<NewMessageForm.AccountChoice> account = Fakes.find(view, "message-account", ComboBox.class);
        assertEquals("a1", account.getValue().accountId(), "the only account is chosen");
        Fakes.find(view, "message-topic", RadioButtonGroup.class).setValue(Topic.REPAIR);
        Fakes.find(view, "message-text", TextArea.class).setValue("Течёт кран");
        assertEquals("10 / 5 000", Fakes.find(view, "message-text-counter", Label.class).getValue().replace('\u00a0', ' '));
        AttachmentsField files = (AttachmentsField) Fakes.find(view, "message-upload", Upload.class).getParent();
        files.stored("leak.jpg", new byte[2048]);
        assertTrue(Fakes.find(view, "message-upload-file-0", CssLayout.class).isVisible());
        Fakes.find(view, "message-send", Button.class).click();
        assertEquals(1, service.written.size());
        assertEquals(List.of("u2048"), service.written.get(0).attachmentIds());
        assertEquals("a1", service.written.get(0).accountId());
        assertTrue(Fakes.find(view, "message-result", Label.class).getValue().startsWith("Обращение О-2026-00043 отправлено"));
    }

    @Test
    void aMessageWithoutTopicOrTextIsNotSentAndSaysWhyUnderTheFields() {
        UI ui = Fakes.ui();
        Fakes.Threads service = new Fakes.Threads();
        MessagesView view = new MessagesView(service, List.of(ACCOUNT), Fakes.ZONE, Fakes.tenant(), ru);
        ui.setContent(view);
        Fakes.find(view, "message-new", Button.class).click();
        Fakes.find(view, "message-send", Button.class).click();
        assertEquals(0, service.written.size());
        assertEquals("Выберите тему обращения.", Fakes.find(view, "message-topic-error", Label.class).getValue());
        assertTrue(Fakes.findOptional(view, "message-text-error", Label.class).isPresent());
    }

    @Test
    void openingAThreadMarksItReadAndShowsBothSidesApartWithFiles() {
        Fakes.ui();
        Fakes.Threads service = new Fakes.Threads();
        MessagesView view = new MessagesView(service, List.of(ACCOUNT), Fakes.ZONE, Fakes.tenant(), ru);
        Fakes.find(view, "thread-2026-00042", Button.class).click();
        assertEquals(List.of("th1"), service.opened);
        assertTrue(Fakes.find(view, "post-0", VerticalLayout.class).getStyleName().contains("kabinet-post-mine"));
        assertTrue(Fakes.find(view, "post-1", VerticalLayout.class).getStyleName().contains("kabinet-post-company"));
        assertEquals("leak.jpg (1,2 МБ)", Fakes.find(view, "post-0-file-0", Link.class).getCaption());
        Fakes.find(view, "thread-reply-text", TextArea.class).setValue("Спасибо");
        Fakes.find(view, "thread-reply-send", Button.class).click();
        assertEquals(List.of("Спасибо"), service.replies);
        assertEquals("Сообщение отправлено, управляющая компания его получит.", Fakes.find(view, "thread-reply-result", Label.class).getValue());
        Fakes.find(view, "thread-close", Button.class);
        Fakes.find(view, "thread-back", Button.class).click();
        Fakes.find(view, "messages-list", VerticalLayout.class);
    }

    @Test
    void anAnnouncementOpensItsSanitisedTextAndIsMarkedRead() {
        Fakes.Announcements service = new Fakes.Announcements();
        AnnouncementsPage page = new AnnouncementsPage(service, Fakes.TIME);
        assertEquals(1, page.badge(Fakes.tenant()));
        Component content = page.create(Fakes.tenant());
        assertEquals("Срочное", Fakes.find(content, "announcement-0-urgent", Label.class).getValue());
        assertTrue(Fakes.find(content, "announcement-0-new", Label.class).isVisible());
        assertFalse(Fakes.find(content, "announcement-1-new", Label.class).isVisible());
        assertFalse(Fakes.find(content, "announcement-0-body", VerticalLayout.class).isVisible());
        Fakes.find(content, "announcement-0-open", Button.class).click();
        assertTrue(Fakes.find(content, "announcement-0-body", VerticalLayout.class).isVisible());
        assertEquals(List.of("an1"), service.marked);
        assertFalse(Fakes.find(content, "announcement-0-new", Label.class).isVisible());
        Fakes.find(content, "announcement-0-file", Link.class);
        Fakes.find(content, "announcement-0-open", Button.class).click();
        Fakes.find(content, "announcement-0-open", Button.class).click();
        assertEquals(List.of("an1"), service.marked, "read once");
    }

    @Test
    void theHomeCardCountsWhatIsNewOrSaysNothingIs() {
        Component card = new CommunicationCard(new Fakes.Threads(), new Fakes.Announcements()).create(Fakes.tenant());
        assertEquals("Новые ответы на обращения: 1", Fakes.find(card, "card-communication-messages", Label.class).getValue());
        Fakes.find(card, "card-communication-open-messages", Button.class);
        Fakes.find(card, "card-communication-open-announcements", Button.class);
        Fakes.Threads quiet = new Fakes.Threads();
        quiet.threads.clear();
        Fakes.Announcements read = new Fakes.Announcements();
        read.marked.add("an1");
        Component nothing = new CommunicationCard(quiet, read).create(Fakes.tenant());
        assertEquals("Новых ответов и объявлений нет.", Fakes.find(nothing, "card-communication-nothing", Label.class).getValue());
        Fakes.find(nothing, "card-communication-write", Button.class);
        assertEquals(null, new CommunicationCard(null, null).create(Fakes.tenant()));
    }
}
