package org.kabinet.communication.ui;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.LiveRefresh;

/**
 * The staff inbox. Ids: {@code inbox-counts}, the filters {@code inbox-status}, {@code inbox-topic},
 * {@code inbox-assignee}, {@code inbox-origin}, {@code inbox-search}, {@code inbox-reload}, {@code inbox-reset};
 * {@code inbox-grid} (columns number, date, topic, status, from, account, assignee), {@code inbox-empty},
 * {@code inbox-result}, and the open thread in {@code inbox-thread} (see {@link StaffThreadView}).
 */
final class InboxView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int REFRESH_MILLIS = 20_000;
    private static final int LIMIT = 300;

    /** Whose threads: feedback (no account) or tenants' messages. */
    enum Origin {
        FEEDBACK(true), TENANTS(false);

        final boolean feedback;

        Origin(boolean feedback) {
            this.feedback = feedback;
        }
    }

    private final transient MessageAdministration admin;
    private final transient AdminContext context;
    private final ZoneId zone;
    private final Messages m;
    private final Label counts = Parts.text("inbox-counts", "");
    private final ComboBox<ThreadStatus> status;
    private final ComboBox<Topic> topic;
    private final ComboBox<String> assignee;
    private final ComboBox<Origin> origin;
    private final TextField search;
    private final Grid<ThreadSummary> grid = new Grid<>();
    private final Label empty = Parts.text("inbox-empty", "");
    private final Label result = Parts.line("inbox-result");
    private final VerticalLayout detail = Parts.block("inbox-thread");
    private final Set<String> knownAssignees = new LinkedHashSet<>();
    private String openId;
    private boolean reloading;

    InboxView(MessageAdministration admin, ZoneId zone, AdminContext context, Messages m) {
        this.admin = admin;
        this.zone = zone;
        this.context = context;
        this.m = m;
        setMargin(false);
        setWidth("100%");
        addStyleName("kabinet-communication");
        knownAssignees.add(context.staffName());
        status = filter("inbox-status", m.get("inbox.status"), Arrays.asList(ThreadStatus.values()));
        status.setItemCaptionGenerator(s -> CommunicationTexts.status(s, m));
        topic = filter("inbox-topic", m.get("inbox.topic"), Arrays.asList(Topic.values()));
        topic.setItemCaptionGenerator(t -> CommunicationTexts.topic(t, m));
        assignee = filter("inbox-assignee", m.get("inbox.assignee"), List.of());
        assignee.setItemCaptionGenerator(a -> InboxFilter.UNASSIGNED.equals(a) ? m.get("inbox.unassigned") : a);
        assignee.setTextInputAllowed(true);
        assignee.setNewItemProvider(typed -> {
            String name = typed.strip();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            knownAssignees.add(name);
            refreshAssignees();
            return Optional.of(name);
        });
        refreshAssignees();
        origin = filter("inbox-origin", m.get("inbox.origin"), Arrays.asList(Origin.values()));
        origin.setItemCaptionGenerator(o -> m.get("inbox.origin." + o.name()));
        search = Parts.field("inbox-search", m.get("inbox.search"));
        search.setWidth("260px");
        search.setPlaceholder(m.get("inbox.searchPlaceholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> filtersChanged());
        topic.addValueChangeListener(e -> filtersChanged());
        assignee.addValueChangeListener(e -> filtersChanged());
        origin.addValueChangeListener(e -> filtersChanged());
        search.addValueChangeListener(e -> filtersChanged());
        Button reload = Parts.plain("inbox-reload", m.get("inbox.reload"), e -> load());
        Button reset = Parts.link("inbox-reset", m.get("inbox.reset"), e -> {
            reloading = true;
            status.clear();
            topic.clear();
            assignee.clear();
            origin.clear();
            search.clear();
            reloading = false;
            filtersChanged();
        });
        buildGrid();
        counts.addStyleName("kabinet-unread");
        addComponents(counts, Parts.row(status, topic, assignee, origin, search), Parts.row(reload, reset), result, empty, grid, detail);
        load();
        // new messages show up by themselves, but never while staff have a thread open
        LiveRefresh.every(grid, REFRESH_MILLIS, () -> {
            if (openId == null) {
                load();
            }
        });
    }

    private <T> ComboBox<T> filter(String id, String caption, List<T> items) {
        ComboBox<T> combo = new ComboBox<>(caption, items);
        combo.setId(id);
        combo.setTextInputAllowed(false);
        combo.setEmptySelectionAllowed(true);
        combo.setEmptySelectionCaption(m.get("inbox.any"));
        combo.setPageLength(0);
        combo.setWidth("200px");
        return combo;
    }

    private void buildGrid() {
        grid.setId("inbox-grid");
        grid.setWidth("100%");
        grid.addColumn(ThreadSummary::number).setCaption(m.get("inbox.col.number")).setId("number");
        grid.addColumn(t -> CommunicationTexts.when(t.updatedAt(), zone)).setCaption(m.get("inbox.col.date")).setId("date").setHidable(true);
        grid.addColumn(t -> CommunicationTexts.topic(t.topic(), m)).setCaption(m.get("inbox.col.topic")).setId("topic").setHidable(true);
        grid.addColumn(t -> CommunicationTexts.status(t.status(), m)).setCaption(m.get("inbox.col.status")).setId("status");
        // «from» takes what is left (on a phone beside number and status) and is cut with «…» rather than pushed off
        grid.addColumn(InboxView::from).setCaption(m.get("inbox.col.from")).setId("from").setDescriptionGenerator(InboxView::from)
                .setExpandRatio(1).setMinimumWidthFromContent(false).setMinimumWidth(90);
        grid.addColumn(t -> CommunicationTexts.threadAccount(t, m)).setCaption(m.get("inbox.col.account")).setId("account").setHidable(true);
        grid.addColumn(t -> t.assignee() == null ? "—" : t.assignee()).setCaption(m.get("inbox.col.assignee")).setId("assignee")
                .setHidable(true);
        grid.setStyleGenerator(t -> t.unread() ? "kabinet-unread" : null);
        Parts.phoneColumns(grid, "date", "topic", "account", "assignee");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (reloading) {
                return;
            }
            Parts.clear(result);
            if (e.getValue() == null) {
                openId = null;
                detail.removeAllComponents();
            } else {
                open(e.getValue().id());
            }
        });
    }

    /** «ivanov@example.ru» or «Пётр · +7 912 345-67-89»: who wrote and how to answer. */
    static String from(ThreadSummary t) {
        String name = t.contactName() == null ? "" : t.contactName();
        String contact = t.contact() == null ? "" : t.contact();
        if (contact.isBlank() || contact.equalsIgnoreCase(name)) {
            return name.isBlank() ? "—" : name;
        }
        return name.isBlank() ? contact : name + " · " + contact;
    }

    /** The filters as the service takes them. */
    InboxFilter currentFilter() {
        String text = search.getValue() == null ? "" : search.getValue().strip();
        return new InboxFilter(status.getValue(), topic.getValue(), assignee.getValue(),
                origin.getValue() == null ? null : origin.getValue().feedback, text.isEmpty() ? null : text, LIMIT);
    }

    private void filtersChanged() {
        if (!reloading) {
            load();
        }
    }

    /** Counts and the list as they are now; an open thread stays selected. */
    void load() {
        InboxCounts c = admin.counts();
        counts.setValue(m.get("inbox.counts", c.newThreads(), c.inProgress(), c.answered(), c.closed(), c.unread()));
        List<ThreadSummary> threads = admin.inbox(currentFilter());
        threads.stream().map(ThreadSummary::assignee).filter(a -> a != null && !a.isBlank()).forEach(knownAssignees::add);
        refreshAssignees();
        reloading = true;
        try {
            grid.setItems(threads);
            grid.setHeightByRows(Math.max(1, Math.min(15, threads.size())));
            grid.setVisible(!threads.isEmpty());
            Optional<ThreadSummary> open = threads.stream().filter(t -> t.id().equals(openId)).findFirst();
            open.ifPresent(grid::select);
        } finally {
            reloading = false;
        }
        empty.setValue(threads.isEmpty() ? m.get(noFilters() ? "inbox.empty" : "inbox.nothingFound")
                : m.get("inbox.shown", threads.size()));
    }

    private boolean noFilters() {
        InboxFilter f = currentFilter();
        return f.status() == null && f.topic() == null && f.assignee() == null && f.feedback() == null && f.search() == null;
    }

    private void refreshAssignees() {
        String chosen = assignee.getValue();
        Set<String> items = new LinkedHashSet<>();
        items.add(InboxFilter.UNASSIGNED);
        items.addAll(knownAssignees);
        boolean was = reloading;
        reloading = true;
        assignee.setItems(items);
        if (chosen != null && items.contains(chosen)) {
            assignee.setValue(chosen);
        }
        reloading = was;
    }

    List<String> assignees() {
        return List.copyOf(knownAssignees);
    }

    /** Opens a thread (marking the tenant's posts read for staff). */
    void open(String threadId) {
        try {
            show(admin.thread(threadId), null);
        } catch (KabinetException e) {
            openId = null;
            detail.removeAllComponents();
            Parts.show(result, context.errorText(e), Parts.Tone.ERROR);
        }
    }

    /** A thread as the service returned it after a step, with what was done; the list and counts follow. */
    void show(ThreadDetails details, String done) {
        openId = details.summary().id();
        detail.removeAllComponents();
        detail.addComponent(new StaffThreadView(details, admin, zone, context, m, assignees(), done, this::show, this::closeThread));
        // on a phone the thread opens below the list, out of sight
        if (getUI() != null && Parts.narrow()) {
            getUI().scrollIntoView(detail);
        }
        if (done != null) {
            load();
        }
    }

    private void closeThread() {
        openId = null;
        grid.deselectAll();
        detail.removeAllComponents();
    }

    Grid<ThreadSummary> grid() {
        return grid;
    }
}
