package org.kabinet.communication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.RichTextArea;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.City;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;

class StaffPagesTest {
    private final Messages ru = new Messages(Fakes.staff().locale());

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theInboxCountsListsUnreadInBoldAndPassesItsFilters() {
        Fakes.Inbox inbox = new Fakes.Inbox();
        InboxView view = new InboxView(inbox, Fakes.ZONE, Fakes.staff(), ru);
        assertEquals("Новых: 1 · в работе: 0 · ответ дан: 1 · закрыто: 0 · с непрочитанным: 1",
                Fakes.find(view, "inbox-counts", Label.class).getValue());
        @SuppressWarnings("unchecked")
        Grid<ThreadSummary> grid = Fakes.find(view, "inbox-grid", Grid.class);
        assertEquals("kabinet-unread", grid.getStyleGenerator().apply(inbox.feedback));
        @SuppressWarnings("unchecked")
        ComboBox<ThreadStatus> status = Fakes.find(view, "inbox-status", ComboBox.class);
        status.setValue(ThreadStatus.NEW);
        @SuppressWarnings("unchecked")
        ComboBox<InboxView.Origin> origin = Fakes.find(view, "inbox-origin", ComboBox.class);
        origin.setValue(InboxView.Origin.FEEDBACK);
        @SuppressWarnings("unchecked")
        ComboBox<String> assignee = Fakes.find(view, "inbox-assignee", ComboBox.class);
        assignee.setValue(InboxFilter.UNASSIGNED);
        Fakes.find(view, "inbox-search", TextField.class).setValue(" 00050 ");
        InboxFilter last = inbox.filters.get(inbox.filters.size() - 1);
        assertEquals(new InboxFilter(ThreadStatus.NEW, null, InboxFilter.UNASSIGNED, true, "00050", 300), last);
        Fakes.find(view, "inbox-reset", Button.class).click();
        InboxFilter reset = inbox.filters.get(inbox.filters.size() - 1);
        assertNull(reset.status());
        assertNull(reset.feedback());
    }

    @Test
    void aSelectedThreadShowsNotesApartAndTakesAnInternalNote() {
        Fakes.ui();
        Fakes.Inbox inbox = new Fakes.Inbox();
        InboxView view = new InboxView(inbox, Fakes.ZONE, Fakes.staff(), ru);
        view.grid().select(inbox.feedback);
        assertEquals("Обращение О-2026-00050 · Другое", Fakes.find(view, "inbox-thread-title", Label.class).getValue());
        assertTrue(Fakes.find(view, "inbox-post-1", VerticalLayout.class).getStyleName().contains("kabinet-post-note"));
        Fakes.find(view, "inbox-post-1-file-0", Link.class);
        assertEquals("tel:+79123456789", ((com.vaadin.server.ExternalResource) Fakes.find(view, "inbox-thread-contact", Link.class)
                .getResource()).getURL());
        assertTrue(Fakes.find(view, "answer-phone-hint", Label.class).getValue().contains("+7 912 345-67-89"));
        Fakes.find(view, "answer-text", TextArea.class).setValue("Позвонил, договорились");
        Fakes.find(view, "answer-internal", CheckBox.class).setValue(true);
        assertEquals("Сохранить заметку", Fakes.find(view, "answer-send", Button.class).getCaption());
        Fakes.find(view, "answer-send", Button.class).click();
        assertEquals(List.of("note:Позвонил, договорились"), inbox.answers);
        assertEquals("Заметка сохранена; жилец её не видит.", Fakes.find(view, "answer-result", Label.class).getValue());
        assertEquals(inbox.feedback, view.grid().asSingleSelect().getValue(), "the thread stays selected after the list reloads");
        Fakes.find(view, "inbox-take", Button.class).click();
        assertEquals(List.of("Иванова->Иванова"), inbox.assigned);
    }

    @Test
    void anEmptyAnswerIsNotSent() {
        UI ui = Fakes.ui();
        Fakes.Inbox inbox = new Fakes.Inbox();
        InboxView view = new InboxView(inbox, Fakes.ZONE, Fakes.staff(), ru);
        ui.setContent(view);
        view.grid().select(inbox.feedback);
        Fakes.find(view, "answer-send", Button.class).click();
        assertEquals(List.of(), inbox.answers);
        assertEquals("Напишите текст ответа.", Fakes.find(view, "answer-text-error", Label.class).getValue());
    }

    @Test
    void anAnnouncementToABuildingIsCountedConfirmedAndPublished() {
        UI ui = Fakes.ui();
        Fakes.Board board = new Fakes.Board();
        AnnouncementsAdminView view = new AnnouncementsAdminView(board, List.of(new City("surgut", "Сургут"), new City("hm", "Ханты-Мансийск")),
                new Fakes.Inbox(), Fakes.TIME, Fakes.staff(), ru);
        ui.setContent(view);
        assertTrue(Fakes.find(view, "announcements-admin-empty", Label.class).isVisible());
        Fakes.find(view, "announcement-title", TextField.class).setValue("Отключение воды");
        Fakes.find(view, "announcement-text", RichTextArea.class).setValue("<p>Завтра с 10:00</p>");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AudienceKind> audience = Fakes.find(view, "announcement-audience", RadioButtonGroup.class);
        audience.setValue(AudienceKind.BUILDING);
        assertTrue(Fakes.find(view, "announcement-building", TextField.class).isVisible());
        assertFalse(Fakes.find(view, "announcement-accounts", TextArea.class).isVisible());
        @SuppressWarnings("unchecked")
        ComboBox<City> city = Fakes.find(view, "announcement-city", ComboBox.class);
        city.setValue(new City("surgut", "Сургут"));
        Fakes.find(view, "announcement-building", TextField.class).setValue(" ул. Мира, д. 5 ");
        Fakes.find(view, "announcement-size", Button.class).click();
        assertEquals("счетов: 12, жильцов: 9, с подтверждённым телефоном: 4",
                Fakes.find(view, "announcement-size-result", Label.class).getValue());
        CheckBox emergency = Fakes.find(view, "announcement-emergency", CheckBox.class);
        assertFalse(emergency.isEnabled(), "only an urgent one can be an emergency");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Importance> importance = Fakes.find(view, "announcement-importance", RadioButtonGroup.class);
        importance.setValue(Importance.URGENT);
        assertTrue(emergency.isEnabled());
        emergency.setValue(true);
        assertEquals(LocalDate.of(2026, 12, 25), Fakes.find(view, "announcement-valid-until", DateField.class).getValue());
        Fakes.find(view, "announcement-publish", Button.class).click();
        Window dialog = Fakes.find(ui, "announcement-publish-dialog", Window.class);
        assertTrue(Fakes.find(dialog, "announcement-publish-text", Label.class).getValue().contains("счетов: 12"));
        Fakes.find(dialog, "announcement-publish-confirm", Button.class).click();
        assertEquals(1, board.created.size());
        AnnouncementDraft draft = board.created.get(0);
        assertEquals("ул. Мира, д. 5", draft.audience().building());
        assertEquals("surgut", draft.audience().cityId());
        assertTrue(draft.emergency());
        assertNull(draft.publishAt(), "now");
        assertEquals(Instant.parse("2026-12-25T18:59:59Z"), draft.validUntil(), "through the 25th in the portal's zone");
        assertEquals("«Отключение воды» опубликовано: получили 9, писем в очереди 7, SMS 4.",
                Fakes.find(view, "announcement-result", Label.class).getValue());
        Fakes.find(view, "announcement-recipients", Grid.class);
        Fakes.find(view, "announcement-withdraw", Button.class);
    }

    @Test
    void accountListsAreCheckedBeforeAnyCount() {
        UI ui = Fakes.ui();
        Fakes.Board board = new Fakes.Board();
        AnnouncementsAdminView view = new AnnouncementsAdminView(board, List.of(), null, Fakes.TIME, Fakes.staff(), ru);
        ui.setContent(view);
        assertFalse(Fakes.findOptional(view, "announcement-upload", com.vaadin.ui.Upload.class).isPresent(), "no file store, no file");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AudienceKind> audience = Fakes.find(view, "announcement-audience", RadioButtonGroup.class);
        audience.setValue(AudienceKind.ACCOUNTS);
        Fakes.find(view, "announcement-size", Button.class).click();
        assertEquals(List.of(), board.sized);
        assertEquals("Впишите хотя бы один номер лицевого счёта.", Fakes.find(view, "announcement-accounts-error", Label.class).getValue());
        Fakes.find(view, "announcement-accounts", TextArea.class).setValue("8600001, 8600002\n8600001");
        assertEquals("Номеров: 2", Fakes.find(view, "announcement-accounts-count", Label.class).getValue());
        Fakes.find(view, "announcement-size", Button.class).click();
        assertEquals(List.of("8600001", "8600002"), board.sized.get(0).accountNumbers());
    }

    @Test
    void aScheduledTimeDefaultsToTheNextFullHourAndValidityEndsWithTheDay() {
        assertEquals(LocalDateTime.of(2026, 11, 25, 15, 0), AnnouncementForm.defaultPublishAt(LocalDateTime.of(2026, 11, 25, 14, 3)));
        assertEquals(LocalDateTime.of(2026, 11, 25, 16, 0), AnnouncementForm.defaultPublishAt(LocalDateTime.of(2026, 11, 25, 14, 40)));
        assertEquals(Instant.parse("2026-11-30T18:59:59Z"), AnnouncementForm.endOfDay(LocalDate.of(2026, 11, 30), Fakes.ZONE));
    }

    @Test
    void theFeedbackFormSendsWhoItIsFromAndHidesItsHoneypot() {
        UI ui = Fakes.ui();
        Fakes.FeedbackBox box = new Fakes.FeedbackBox();
        new FeedbackAction(box).open(Fakes.visitor("t1", "ivanov@example.ru"));
        Window dialog = Fakes.find(ui, "feedback-dialog", Window.class);
        assertEquals("ivanov@example.ru", Fakes.find(dialog, "feedback-contact", TextField.class).getValue());
        TextField website = Fakes.find(dialog, "feedback-website", TextField.class);
        assertEquals(-1, website.getTabIndex());
        assertTrue(Fakes.find(dialog, "feedback-website-box", CssLayout.class).getStyleName().contains(PageStyles.HONEYPOT));
        Fakes.find(dialog, "feedback-send", Button.class).click();
        assertEquals(List.of(), box.forms);
        assertEquals("Напишите, как к вам обращаться.", Fakes.find(dialog, "feedback-name-error", Label.class).getValue());
        Fakes.find(dialog, "feedback-name", TextField.class).setValue("Пётр");
        Fakes.find(dialog, "feedback-text", TextArea.class).setValue("Спасибо за лифт");
        Fakes.find(dialog, "feedback-send", Button.class).click();
        assertEquals(1, box.forms.size());
        assertEquals("t1", box.forms.get(0).tenantId());
        assertEquals("203.0.113.7", box.forms.get(0).client());
        assertEquals("", box.forms.get(0).website());
        assertEquals("Спасибо! Номер обращения О-2026-00051. Ответим на указанный контакт.",
                Fakes.find(dialog, "feedback-thanks", Label.class).getValue());
    }

    @Test
    void signedOutTheContactIsEmptyAndTheTenantUnknown() {
        UI ui = Fakes.ui();
        Fakes.FeedbackBox box = new Fakes.FeedbackBox();
        new FeedbackAction(box).open(Fakes.visitor(null, null));
        Window dialog = Fakes.find(ui, "feedback-dialog", Window.class);
        assertEquals("", Fakes.find(dialog, "feedback-contact", TextField.class).getValue());
        Fakes.find(dialog, "feedback-name", TextField.class).setValue("Пётр");
        Fakes.find(dialog, "feedback-contact", TextField.class).setValue("+7 912 345-67-89");
        Fakes.find(dialog, "feedback-text", TextArea.class).setValue("Вопрос");
        Fakes.find(dialog, "feedback-send", Button.class).click();
        assertNull(box.forms.get(0).tenantId());
    }
}
