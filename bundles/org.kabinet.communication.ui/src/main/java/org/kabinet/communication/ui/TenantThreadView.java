package org.kabinet.communication.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.PageContext;

/**
 * One of the tenant's threads: its number, status, topic and account, the posts (the company's answers
 * apart from the tenant's own), the files to open, a reply with files, and «Закрыть обращение». Ids:
 * {@code thread-view}, {@code thread-back}, {@code thread-title}, {@code thread-status}, {@code thread-posts},
 * {@code post-<i>…}, {@code thread-closed-note}, {@code thread-reply-text}, {@code thread-reply-upload},
 * {@code thread-reply-send}, {@code thread-reply-result}, {@code thread-close}.
 */
final class TenantThreadView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT = 5000;

    TenantThreadView(ThreadDetails details, TenantMessages service, ZoneId zone, PageContext context, Messages m, Runnable back,
                     BiConsumer<ThreadDetails, String> reshow, String done) {
        ThreadSummary thread = details.summary();
        setId("thread-view");
        setMargin(false);
        setWidth("100%");
        Button toList = Parts.link("thread-back", m.get("thread.back"), e -> back.run());
        toList.setIcon(com.vaadin.icons.VaadinIcons.ARROW_LEFT);
        Label title = Parts.heading("thread-title", m.get("thread.title", thread.number()));
        Label status = Parts.text("thread-status", m.get("thread.status", CommunicationTexts.status(thread.status(), m),
                CommunicationTexts.topic(thread.topic(), m), CommunicationTexts.threadAccount(thread, m),
                CommunicationTexts.when(thread.createdAt(), zone)));
        Label result = Parts.line("thread-reply-result");
        if (done != null) {
            Parts.show(result, done, Parts.Tone.OK);
        }
        addComponents(toList, title, status, result,
                PostList.build("thread-posts", "post", details.posts(), false, zone,
                        file -> service.attachment(context.tenantId(), file.id()), m));
        if (thread.status() == ThreadStatus.CLOSED) {
            addComponent(Parts.text("thread-closed-note", m.get("thread.closedNote")));
        }
        Parts.CountedText text = Parts.countedText("thread-reply-text", m.get("thread.reply"), MAX_TEXT, m);
        AttachmentsField files = new AttachmentsField("thread-reply-upload", NewMessageForm.MAX_FILES,
                (name, bytes) -> service.upload(context.tenantId(), name, bytes), context::errorText, m);
        Label error = Parts.line("thread-reply-error");
        Button send = Parts.primary("thread-reply-send", m.get("thread.send"), e -> {
            FieldErrors.clear(text.area(), files.upload());
            Parts.clear(error);
            Parts.clear(result);
            if (text.area().getValue().isBlank()) {
                FieldErrors.show(text.area(), m.get("message.textMissing"));
                return;
            }
            try {
                ThreadDetails after = service.reply(context.tenantId(), thread.id(), text.area().getValue().strip(), files.ids());
                reshow.accept(after, m.get("thread.replied"));
            } catch (ValidationException ex) {
                Parts.showError(ex, context.errorText(ex), Map.of("text", text.area(), "attachments", files.upload(),
                        "attachmentIds", files.upload()), text.area());
            } catch (KabinetException ex) {
                Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
            }
        });
        VerticalLayout reply = Parts.card("thread-reply", Parts.heading(m.get("thread.replyHeading")), text.block(), files, error,
                Parts.row(send));
        addComponent(reply);
        if (thread.status() != ThreadStatus.CLOSED) {
            Button close = Parts.plain("thread-close", m.get("thread.close"), e -> {
                try {
                    reshow.accept(service.close(context.tenantId(), thread.id()), m.get("thread.closed"));
                } catch (KabinetException ex) {
                    Parts.show(error, context.errorText(ex), Parts.Tone.ERROR);
                }
            });
            addComponents(Parts.text("thread-close-hint", m.get("thread.closeHint")), close);
        }
    }
}
