package org.kabinet.communication.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.ZoneId;
import java.util.List;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.ui.spi.PageContext;

/**
 * The content of «Обращения»: either the list (with the form to write) or one thread. Element ids:
 * {@code message-new}, {@code message-result}, {@code messages-list}, {@code thread-<number digits>} (e.g.
 * {@code thread-2026-00042}), {@code messages-empty}; the form's and the thread's are in their classes.
 */
final class MessagesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient TenantMessages service;
    private final transient List<LinkedAccount> linked;
    private final transient PageContext context;
    private final ZoneId zone;
    private final Messages m;

    MessagesView(TenantMessages service, List<LinkedAccount> linked, ZoneId zone, PageContext context, Messages m) {
        this.service = service;
        this.linked = linked;
        this.zone = zone;
        this.context = context;
        this.m = m;
        setMargin(false);
        setWidth("100%");
        addStyleName("kabinet-communication");
        showList(null);
    }

    /** The list of threads, the way to write, and what was just done ({@code done}, or null). */
    void showList(String done) {
        removeAllComponents();
        List<ThreadSummary> threads = service.threads(context.tenantId());
        Label result = Parts.line("message-result");
        if (done != null) {
            Parts.show(result, done, Parts.Tone.OK);
        }
        NewMessageForm form = new NewMessageForm(service, linked, context, m, details -> showList(
                m.get("messages.sent", details.summary().number())));
        Button write = Parts.primary("message-new", m.get("messages.write"), null);
        write.setIcon(com.vaadin.icons.VaadinIcons.EDIT);
        write.addClickListener(e -> {
            form.setVisible(!form.isVisible());
            write.setVisible(!form.isVisible());
            if (form.isVisible()) {
                form.focusText();
            }
        });
        form.onCancel(() -> {
            form.setVisible(false);
            write.setVisible(true);
        });
        // with nothing written yet the form is what the tenant came for
        form.setVisible(threads.isEmpty());
        write.setVisible(!threads.isEmpty());
        addComponents(Parts.text("messages-intro", m.get("messages.intro")), result, write, form);
        if (threads.isEmpty()) {
            addComponent(Parts.text("messages-empty", m.get("messages.empty")));
            return;
        }
        Label heading = Parts.heading(m.get("messages.list"));
        VerticalLayout list = Parts.block("messages-list");
        for (ThreadSummary thread : threads) {
            list.addComponent(row(thread));
        }
        addComponents(heading, list);
    }

    /** One thread in the list: number and topic (a link to it), a mark on a new answer, its first line, status, account and date. */
    private VerticalLayout row(ThreadSummary thread) {
        String id = "thread-" + CommunicationTexts.numberId(thread.number());
        Button open = Parts.link(id, m.get("messages.rowTitle", thread.number(), CommunicationTexts.topic(thread.topic(), m)),
                e -> openThread(thread.id()));
        VerticalLayout row = Parts.card(id + "-row", open);
        row.setSpacing(false);
        row.addStyleNames("kabinet-thread-row", "kabinet-list-card");
        if (thread.unread()) {
            row.addStyleName("kabinet-unread");
            Label mark = new Label(m.get("messages.newAnswer"));
            mark.setId(id + "-unread");
            mark.addStyleName("kabinet-tag");
            row.addComponent(mark);
        }
        if (thread.subject() != null && !thread.subject().isBlank()) {
            row.addComponent(Parts.text(id + "-subject", thread.subject()));
        }
        Label meta = Parts.text(id + "-meta", m.get("messages.rowMeta", CommunicationTexts.status(thread.status(), m),
                CommunicationTexts.threadAccount(thread, m), CommunicationTexts.when(thread.updatedAt(), zone)));
        meta.addStyleName(ValoTheme.LABEL_SMALL);
        row.addComponent(meta);
        row.addLayoutClickListener(e -> {
            if (e.getClickedComponent() != open) {
                openThread(thread.id());
            }
        });
        return row;
    }

    /** One thread; opening it marks the company's answers read. */
    void openThread(String threadId) {
        try {
            show(service.thread(context.tenantId(), threadId), null);
            context.badgesChanged();
        } catch (KabinetException e) {
            showList(null);
            Label problem = Parts.line("message-error");
            Parts.show(problem, context.errorText(e), Parts.Tone.ERROR);
            addComponent(problem, 0);
        }
    }

    /** A thread as the service returned it, with what was just done. */
    void show(ThreadDetails details, String done) {
        removeAllComponents();
        addComponent(new TenantThreadView(details, service, zone, context, m, () -> showList(null), this::show, done));
        // on a phone the thread's top would otherwise be somewhere above
        if (getUI() != null) {
            getUI().scrollIntoView(this);
        }
    }
}
