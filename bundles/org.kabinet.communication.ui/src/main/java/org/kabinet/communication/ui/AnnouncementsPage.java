package org.kabinet.communication.ui;

import com.vaadin.server.Page;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * «Объявления»: the company's current announcements for the tenant's accounts, unread first, urgent ones marked
 * «Срочное»; «Читать» opens one (its text and file) and marks it read. Ids: {@code announcements-list},
 * {@code announcement-<i>} ({@code -title}, {@code -urgent}, {@code -new}, {@code -date}, {@code -open},
 * {@code -body}, {@code -file}), {@code announcements-empty}, {@code announcements-link-account}.
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class AnnouncementsPage implements CabinetPage {
    static final String ID = "announcements";
    private final TenantAnnouncements announcements;
    private final PortalTime time;
    /** Only to tell a tenant without accounts why there is nothing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantAccounts accounts;

    @Activate
    public AnnouncementsPage(@Reference TenantAnnouncements announcements, @Reference PortalTime time) {
        this.announcements = announcements;
        this.time = time;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("announcements.title");
    }

    /** Beside «Обращения» (700). */
    @Override
    public int order() {
        return 710;
    }

    @Override
    public int badge(PageContext context) {
        return announcements.unread(context.tenantId());
    }

    @Override
    public Component create(PageContext context) {
        PageStyles.ensure();
        Messages m = new Messages(context.locale());
        VerticalLayout page = Parts.block(null);
        page.addStyleName("kabinet-communication");
        List<TenantAnnouncement> current = announcements.current(context.tenantId());
        if (current.isEmpty()) {
            page.addComponent(Parts.text("announcements-empty", m.get("announcements.empty")));
            TenantAccounts a = accounts;
            if (a != null && a.linked(context.tenantId()).isEmpty()) {
                page.addComponents(Parts.text(m.get("announcements.noAccounts")), Parts.primary("announcements-link-account",
                        m.get("announcements.linkAccount"), e -> Page.getCurrent().setUriFragment("!accounts")));
            }
            return page;
        }
        VerticalLayout list = Parts.block("announcements-list");
        for (int i = 0; i < current.size(); i++) {
            list.addComponent(item("announcement-" + i, current.get(i), time.zone(), context, m));
        }
        page.addComponent(list);
        return page;
    }

    /** One announcement: its marks, title and dates, folded until «Читать». */
    private Component item(String id, TenantAnnouncement a, ZoneId zone, PageContext context, Messages m) {
        CssLayout marks = new CssLayout();
        if (a.importance() == Importance.URGENT) {
            Label urgent = new Label(m.get("announcements.urgent"));
            urgent.setId(id + "-urgent");
            urgent.addStyleNames("kabinet-tag", "kabinet-tag-urgent");
            marks.addComponent(urgent);
        }
        Label fresh = new Label(m.get("announcements.new"));
        fresh.setId(id + "-new");
        fresh.addStyleName("kabinet-tag");
        fresh.setVisible(!a.read());
        marks.addComponent(fresh);
        Label title = Parts.text(id + "-title", a.title());
        title.addStyleName(ValoTheme.LABEL_BOLD);
        Label date = Parts.text(id + "-date", m.get("announcements.dates", CommunicationTexts.day(a.publishedAt(), zone),
                CommunicationTexts.day(a.validUntil(), zone)));
        date.addStyleName(ValoTheme.LABEL_SMALL);
        VerticalLayout body = Parts.block(id + "-body");
        body.setVisible(false);
        VerticalLayout card = Parts.card(id, marks, title, date, body);
        card.setSpacing(false);
        card.addStyleName("kabinet-list-card");
        if (!a.read()) {
            card.addStyleName("kabinet-unread");
        }
        boolean[] read = {a.read()};
        Button open = Parts.link(id + "-open", m.get("announcements.open"), null);
        open.addClickListener(e -> {
            boolean show = !body.isVisible();
            if (show && body.getComponentCount() == 0) {
                Label html = new Label(a.html(), ContentMode.HTML); // sanitised by the service before it was stored
                html.setWidth("100%");
                html.addStyleName("kabinet-html");
                body.addComponent(html);
                if (a.attachment() != null) {
                    body.addComponent(AttachmentLinks.link(id + "-file", a.attachment(),
                            () -> announcements.attachment(context.tenantId(), a.id()), m));
                }
            }
            body.setVisible(show);
            open.setCaption(m.get(show ? "announcements.close" : "announcements.open"));
            if (show && !read[0]) {
                try {
                    announcements.markRead(context.tenantId(), a.id());
                    read[0] = true;
                    fresh.setVisible(false);
                    card.removeStyleName("kabinet-unread");
                    context.badgesChanged();
                } catch (KabinetException ex) {
                    body.addComponent(Parts.text(id + "-error", context.errorText(ex)));
                }
            }
        });
        card.addComponent(open);
        return card;
    }
}
