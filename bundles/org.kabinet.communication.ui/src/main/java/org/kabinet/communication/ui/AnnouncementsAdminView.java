package org.kabinet.communication.ui;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.City;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;

/**
 * The staff announcements page: the form ({@link AnnouncementForm}), then the list. Ids: {@code announcements-grid}
 * (title, importance, state, publish time, valid until, audience, recipients, read), {@code announcements-admin-empty},
 * {@code announcement-detail} with {@code announcement-detail-title}, {@code announcement-detail-html},
 * {@code announcement-detail-stats}, {@code announcement-recipients}, {@code announcement-withdraw}
 * ({@code -dialog}, {@code -confirm}, {@code -cancel}), {@code announcement-detail-result}.
 */
final class AnnouncementsAdminView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final transient AnnouncementAdministration admin;
    private final transient AdminContext context;
    private final transient MessageAdministration files;
    private final ZoneId zone;
    private final Messages m;
    private final Function<String, String> cityName;
    private final Grid<Announcement> grid = new Grid<>();
    private final Label empty;
    private final VerticalLayout detail = Parts.block("announcement-detail");
    private String openId;
    private boolean reloading;

    AnnouncementsAdminView(AnnouncementAdministration admin, List<City> cities, MessageAdministration files, PortalTime time,
                           AdminContext context, Messages m) {
        this.admin = admin;
        this.context = context;
        this.files = files;
        this.zone = time.zone();
        this.m = m;
        Map<String, String> names = cities.stream().collect(Collectors.toMap(City::id, City::name, (a, b) -> a));
        this.cityName = id -> id == null ? "—" : names.getOrDefault(id, id);
        setMargin(false);
        setWidth("100%");
        addStyleName("kabinet-communication");
        AnnouncementForm form = new AnnouncementForm(admin, cities, files, time, context, m, published -> {
            openId = published.id();
            load();
            showDetail(published, null);
        });
        empty = Parts.text("announcements-admin-empty", m.get("announcementsAdmin.empty"));
        buildGrid();
        Button reload = Parts.plain("announcements-reload", m.get("inbox.reload"), e -> load());
        addComponents(form, Parts.heading(m.get("announcementsAdmin.list")), reload, empty, grid, detail);
        load();
    }

    private void buildGrid() {
        grid.setId("announcements-grid");
        grid.setWidth("100%");
        // title and audience give way (cut with «…») so that the read count stays in sight
        grid.addColumn(Announcement::title).setCaption(m.get("announcementsAdmin.col.title")).setId("title").setMaximumWidth(360)
                .setDescriptionGenerator(Announcement::title).setExpandRatio(2).setMinimumWidthFromContent(false).setMinimumWidth(120);
        grid.addColumn(a -> CommunicationTexts.importance(a.importance(), a.emergency(), m)).setCaption(m.get("announcementsAdmin.col.importance"))
                .setId("importance").setHidable(true);
        grid.addColumn(a -> CommunicationTexts.state(a.state(), m)).setCaption(m.get("announcementsAdmin.col.state")).setId("state");
        grid.addColumn(a -> CommunicationTexts.when(a.publishAt(), zone)).setCaption(m.get("announcementsAdmin.col.publishAt")).setId("publishAt")
                .setHidable(true);
        grid.addColumn(a -> CommunicationTexts.day(a.validUntil(), zone)).setCaption(m.get("announcementsAdmin.col.validUntil"))
                .setId("validUntil").setHidable(true);
        grid.addColumn(a -> CommunicationTexts.audience(a.audience(), cityName, m)).setCaption(m.get("announcementsAdmin.col.audience"))
                .setId("audience").setHidable(true).setMaximumWidth(280).setExpandRatio(1).setMinimumWidthFromContent(false)
                .setMinimumWidth(100).setDescriptionGenerator(a -> CommunicationTexts.audience(a.audience(), cityName, m));
        grid.addColumn(Announcement::recipients).setCaption(m.get("announcementsAdmin.col.recipients")).setId("recipients");
        grid.addColumn(Announcement::read).setCaption(m.get("announcementsAdmin.col.read")).setId("read");
        // on a phone the title needs the room: state and figures are in the card that opens on a tap
        Parts.phoneColumns(grid, "importance", "state", "publishAt", "validUntil", "audience", "recipients");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (reloading) {
                return;
            }
            if (e.getValue() == null) {
                openId = null;
                detail.removeAllComponents();
            } else {
                openId = e.getValue().id();
                showDetail(e.getValue(), null);
            }
        });
    }

    /** At most this many announcements in the staff list. */
    static final int SHOWN = 500;

    void load() {
        // the newest 500 (the list is the newest first); older ones stay in the REST API's pages
        List<Announcement> all = admin.announcements(0, SHOWN);
        reloading = true;
        try {
            grid.setItems(all);
            grid.setHeightByRows(Math.max(1, Math.min(10, all.size())));
            grid.setVisible(!all.isEmpty());
            all.stream().filter(a -> a.id().equals(openId)).findFirst().ifPresent(grid::select);
        } finally {
            reloading = false;
        }
        empty.setVisible(all.isEmpty());
    }

    /** One announcement: its text, figures, recipients with whether each read it, and «Снять с публикации». */
    private void showDetail(Announcement a, String done) {
        detail.removeAllComponents();
        Label result = Parts.line("announcement-detail-result");
        if (done != null) {
            Parts.show(result, done, Parts.Tone.OK);
        }
        Label title = Parts.heading("announcement-detail-title", a.title());
        Label html = new Label(a.html(), ContentMode.HTML); // sanitised by the service
        html.setId("announcement-detail-html");
        html.setWidth("100%");
        html.addStyleName("kabinet-html");
        Label stats = Parts.text("announcement-detail-stats", m.get("announcementsAdmin.stats", CommunicationTexts.state(a.state(), m),
                CommunicationTexts.audience(a.audience(), cityName, m), a.recipients(), a.read(), a.emails(), a.sms(),
                a.createdBy() == null ? "—" : a.createdBy(), CommunicationTexts.when(a.createdAt(), zone)));
        VerticalLayout card = Parts.card("announcement-detail-card", title, stats, result, html);
        MessageAdministration store = files;
        if (a.attachment() != null && store != null) {
            card.addComponent(AttachmentLinks.link("announcement-detail-file", a.attachment(), () -> store.attachment(a.attachment().id()), m));
        }
        if (a.state() == AnnouncementState.SCHEDULED || a.state() == AnnouncementState.PUBLISHED) {
            Button withdraw = Parts.plain("announcement-withdraw", m.get("announcementsAdmin.withdraw"), e -> Parts.confirm(
                    "announcement-withdraw", m.get("announcementsAdmin.withdrawTitle"), m.get("announcementsAdmin.withdrawText", a.title()),
                    m.get("announcementsAdmin.withdraw"), m.get("common.cancel"), () -> withdraw(a)));
            withdraw.addStyleName(com.vaadin.ui.themes.ValoTheme.BUTTON_DANGER);
            card.addComponent(withdraw);
        }
        card.addComponent(Parts.heading(m.get("announcementsAdmin.recipients")));
        int recipients;
        try {
            recipients = admin.countRecipients(a.id());
        } catch (KabinetException e) {
            Parts.show(result, context.errorText(e), Parts.Tone.ERROR);
            recipients = 0;
        }
        if (recipients == 0) {
            card.addComponent(Parts.text("announcement-recipients-empty", m.get(a.state() == AnnouncementState.SCHEDULED
                    ? "announcementsAdmin.recipientsLater" : "announcementsAdmin.recipientsNone")));
        } else {
            card.addComponent(recipients(a.id(), recipients));
        }
        detail.addComponent(card);
        if (getUI() != null && Parts.narrow()) {
            getUI().scrollIntoView(detail);
        }
    }

    /** The recipients a screenful at a time from the database (an announcement to everyone reaches thousands). */
    private Grid<AnnouncementRecipient> recipients(String announcementId, int count) {
        Grid<AnnouncementRecipient> list = new Grid<>();
        list.setId("announcement-recipients");
        list.setWidth("100%");
        list.setSelectionMode(Grid.SelectionMode.NONE);
        list.addColumn(r -> r.email() == null ? "—" : r.email()).setCaption(m.get("announcementsAdmin.col.email")).setId("email");
        list.addColumn(r -> String.join(", ", r.accountNumbers())).setCaption(m.get("announcementsAdmin.col.accounts")).setId("accounts")
                .setHidable(true);
        list.addColumn(r -> m.get(r.emailQueued() ? "common.yes" : "common.no")).setCaption(m.get("announcementsAdmin.col.emailQueued"))
                .setId("emailQueued").setHidable(true);
        list.addColumn(r -> m.get(r.smsQueued() ? "common.yes" : "common.no")).setCaption(m.get("announcementsAdmin.col.smsQueued"))
                .setId("smsQueued").setHidable(true);
        list.addColumn(r -> r.readAt() == null ? m.get("announcementsAdmin.notRead") : CommunicationTexts.when(r.readAt(), zone))
                .setCaption(m.get("announcementsAdmin.col.readAt")).setId("readAt");
        Parts.phoneColumns(list, "accounts", "emailQueued", "smsQueued");
        list.setDataProvider(com.vaadin.data.provider.DataProvider.fromCallbacks(
                query -> admin.recipients(announcementId, query.getOffset(), query.getLimit()).stream(),
                query -> admin.countRecipients(announcementId)));
        list.setHeightByRows(Math.max(1, Math.min(10, count)));
        return list;
    }

    private void withdraw(Announcement a) {
        try {
            Announcement after = admin.withdraw(context.staffName(), a.id());
            load();
            showDetail(after, m.get("announcementsAdmin.withdrawn"));
        } catch (KabinetException e) {
            detail.addComponent(Parts.text("announcement-detail-error", context.errorText(e)), 0);
        }
    }
}
