package org.kabinet.communication.ui;

import com.vaadin.server.ExternalResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.VerticalLayout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.FieldErrors;

/**
 * A thread for staff: who wrote and how to reach them, every post (internal notes marked), the files, the
 * assignment («Взять себе»), the status and the answer or internal note. Ids: {@code inbox-thread-title},
 * {@code inbox-thread-info}, {@code inbox-thread-contact}, {@code inbox-posts}, {@code inbox-post-<i>…},
 * {@code inbox-assignee-field}, {@code inbox-assign}, {@code inbox-take}, {@code inbox-status-field},
 * {@code inbox-status-set}, {@code inbox-thread-hide}, {@code answer-text}, {@code answer-upload},
 * {@code answer-internal}, {@code answer-send}, {@code answer-result}, {@code answer-error}, {@code answer-phone-hint}.
 */
final class StaffThreadView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT = 5000;

    StaffThreadView(ThreadDetails details, MessageAdministration admin, ZoneId zone, AdminContext context, Messages m,
                    List<String> staff, String done, BiConsumer<ThreadDetails, String> reshow, Runnable hide) {
        ThreadSummary thread = details.summary();
        setWidth("100%");
        addStyleName("kabinet-card");
        Label title = Parts.heading("inbox-thread-title", m.get("inbox.threadTitle", thread.number(), CommunicationTexts.topic(thread.topic(), m)));
        Label info = Parts.text("inbox-thread-info", m.get("inbox.threadInfo", CommunicationTexts.status(thread.status(), m),
                CommunicationTexts.threadAccount(thread, m), CommunicationTexts.when(thread.createdAt(), zone),
                thread.assignee() == null ? m.get("inbox.unassigned") : thread.assignee()));
        Label result = Parts.line("answer-result");
        if (done != null) {
            Parts.show(result, done, Parts.Tone.OK);
        }
        Button hideButton = Parts.link("inbox-thread-hide", m.get("inbox.hide"), e -> hide.run());
        addComponents(hideButton, title, info);
        String url = CommunicationTexts.contactUrl(thread.contact());
        if (url != null) {
            Link contact = new Link(m.get("inbox.contact", InboxView.from(thread)), new ExternalResource(url));
            contact.setId("inbox-thread-contact");
            addComponent(contact);
        }
        addComponents(result, PostList.build("inbox-posts", "inbox-post", details.posts(), true, zone,
                file -> admin.attachment(file.id()), m));
        addComponent(assignment(thread, admin, context, m, staff, reshow));
        addComponent(answer(thread, admin, context, m, reshow));
    }

    /** «Назначить» with a name from the list or typed, «Взять себе», and the status by hand. */
    private static VerticalLayout assignment(ThreadSummary thread, MessageAdministration admin, AdminContext context, Messages m,
                                             List<String> staff, BiConsumer<ThreadDetails, String> reshow) {
        List<String> names = new ArrayList<>();
        names.add(InboxFilter.UNASSIGNED);
        names.addAll(staff);
        if (thread.assignee() != null && !names.contains(thread.assignee())) {
            names.add(thread.assignee());
        }
        ComboBox<String> who = new ComboBox<>(m.get("inbox.assignTo"), names);
        who.setId("inbox-assignee-field");
        who.setItemCaptionGenerator(a -> InboxFilter.UNASSIGNED.equals(a) ? m.get("inbox.unassigned") : a);
        who.setEmptySelectionAllowed(false);
        who.setNewItemProvider(typed -> typed.isBlank() ? Optional.empty() : Optional.of(typed.strip()));
        who.setValue(thread.assignee() == null ? context.staffName() : thread.assignee());
        who.setWidth("260px");
        Label error = Parts.line("inbox-assign-error");
        Button assign = Parts.plain("inbox-assign", m.get("inbox.assign"), e -> {
            FieldErrors.clear(who);
            String name = who.getValue();
            String assignee = name == null || InboxFilter.UNASSIGNED.equals(name) ? null : name;
            step(() -> admin.assign(context.staffName(), thread.id(), assignee),
                    assignee == null ? m.get("inbox.unassignedDone") : m.get("inbox.assigned", assignee), context, error, reshow);
        });
        Button take = Parts.primary("inbox-take", m.get("inbox.take"), e -> step(() -> admin.assign(context.staffName(), thread.id(),
                context.staffName()), m.get("inbox.assigned", context.staffName()), context, error, reshow));
        take.setVisible(!context.staffName().equals(thread.assignee()));
        ComboBox<ThreadStatus> status = new ComboBox<>(m.get("inbox.statusTo"), Arrays.asList(ThreadStatus.values()));
        status.setId("inbox-status-field");
        status.setItemCaptionGenerator(s -> CommunicationTexts.status(s, m));
        status.setEmptySelectionAllowed(false);
        status.setTextInputAllowed(false);
        status.setValue(thread.status());
        status.setWidth("200px");
        Button setStatus = Parts.plain("inbox-status-set", m.get("inbox.setStatus"), e -> {
            if (status.getValue() != null) {
                step(() -> admin.setStatus(context.staffName(), thread.id(), status.getValue()),
                        m.get("inbox.statusDone", CommunicationTexts.status(status.getValue(), m)), context, error, reshow);
            }
        });
        VerticalLayout box = Parts.block("inbox-thread-manage", Parts.heading(m.get("inbox.manage")), Parts.row(take),
                Parts.row(who, assign), Parts.row(status, setStatus), error);
        return box;
    }

    /** The answer: text, files, «Внутренняя заметка (не видна жильцу)», «Отправить». */
    private static VerticalLayout answer(ThreadSummary thread, MessageAdministration admin, AdminContext context, Messages m,
                                         BiConsumer<ThreadDetails, String> reshow) {
        Parts.CountedText text = Parts.countedText("answer-text", m.get("answer.text"), MAX_TEXT, m);
        AttachmentsField files = new AttachmentsField("answer-upload", NewMessageForm.MAX_FILES,
                (name, bytes) -> admin.upload(context.staffName(), name, bytes), context::errorText, m);
        CheckBox internal = new CheckBox(m.get("answer.internal"));
        internal.setId("answer-internal");
        Label error = Parts.line("answer-error");
        Button send = Parts.primary("answer-send", m.get("answer.send"), null);
        internal.addValueChangeListener(e -> send.setCaption(m.get(e.getValue() ? "answer.sendNote" : "answer.send")));
        send.addClickListener(e -> {
            FieldErrors.clear(text.area(), files.upload());
            Parts.clear(error);
            if (text.area().getValue().isBlank()) {
                FieldErrors.show(text.area(), m.get("answer.textMissing"));
                return;
            }
            boolean note = internal.getValue();
            try {
                ThreadDetails after = admin.answer(context.staffName(), thread.id(), text.area().getValue().strip(), files.ids(), note);
                reshow.accept(after, m.get(note ? "answer.noted" : thread.tenantId() == null && !hasEmail(thread)
                        ? "answer.storedCallBack" : "answer.sent"));
            } catch (ValidationException ex) {
                Parts.showError(ex, context.errorText(ex), Map.of("text", text.area(), "attachments", files.upload(),
                        "attachmentIds", files.upload()), text.area());
            } catch (KabinetException ex) {
                Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
            }
        });
        VerticalLayout box = Parts.block("inbox-answer", Parts.heading(m.get("answer.heading")));
        if (thread.tenantId() == null && !hasEmail(thread)) {
            box.addComponent(Parts.text("answer-phone-hint", m.get("answer.phoneHint", thread.contact() == null ? "" : thread.contact())));
        }
        box.addComponents(text.block(), files, internal, error, Parts.row(send));
        return box;
    }

    private static boolean hasEmail(ThreadSummary thread) {
        return thread.contact() != null && thread.contact().contains("@");
    }

    private static void step(java.util.function.Supplier<ThreadDetails> action, String done, AdminContext context, Label error,
                             BiConsumer<ThreadDetails, String> reshow) {
        Parts.clear(error);
        try {
            reshow.accept(action.get(), done);
        } catch (KabinetException ex) {
            Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
        }
    }
}
