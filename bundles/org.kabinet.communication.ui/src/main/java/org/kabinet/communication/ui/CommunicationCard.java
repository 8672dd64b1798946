package org.kabinet.communication.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.ui.spi.DashboardCard;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The home page's card: new answers to the tenant's messages and unread announcements, each with the way to
 * them; with nothing new one line and «Написать в компанию». Ids (inside {@code card-communication}):
 * {@code card-communication-title}, {@code -messages}, {@code -announcements}, {@code -open-messages},
 * {@code -open-announcements}, {@code -nothing}, {@code -write}.
 */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class CommunicationCard implements DashboardCard {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantMessages messages;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantAnnouncements announcements;

    public CommunicationCard() {
    }

    CommunicationCard(TenantMessages messages, TenantAnnouncements announcements) {
        this.messages = messages;
        this.announcements = announcements;
    }

    @Override
    public String id() {
        return "communication";
    }

    /** After what to pay and the meters (50, 60), before the accounts (100). */
    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(PageContext context) {
        TenantMessages threads = messages;
        TenantAnnouncements news = announcements;
        if (threads == null && news == null) {
            return null;
        }
        Messages m = new Messages(context.locale());
        int answers = threads == null ? 0 : threads.unread(context.tenantId());
        int unread = news == null ? 0 : news.unread(context.tenantId());
        VerticalLayout card = new VerticalLayout();
        Label title = Parts.heading("card-communication-title", m.get("card.title"));
        card.addComponent(title);
        if (answers > 0) {
            card.addComponents(Parts.text("card-communication-messages", m.get("card.answers", answers)),
                    Parts.primary("card-communication-open-messages", m.get("card.openMessages"), e -> open(MessagesPage.ID)));
        }
        if (unread > 0) {
            Button read = answers > 0 ? Parts.plain("card-communication-open-announcements", m.get("card.openAnnouncements"), null)
                    : Parts.primary("card-communication-open-announcements", m.get("card.openAnnouncements"), null);
            read.addClickListener(e -> open(AnnouncementsPage.ID));
            card.addComponents(Parts.text("card-communication-announcements", m.get("card.announcements", unread)), read);
        }
        if (answers == 0 && unread == 0) {
            Label nothing = Parts.text("card-communication-nothing", m.get("card.nothing"));
            nothing.addStyleName(ValoTheme.LABEL_LIGHT);
            card.addComponent(nothing);
            if (threads != null) {
                card.addComponent(Parts.link("card-communication-write", m.get("card.write"), e -> open(MessagesPage.ID)));
            }
        }
        return card;
    }

    private static void open(String pageId) {
        Page.getCurrent().setUriFragment("!" + pageId);
    }
}
