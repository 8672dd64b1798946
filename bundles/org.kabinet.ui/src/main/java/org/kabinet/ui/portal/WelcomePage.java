package org.kabinet.ui.portal;

import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.server.ExternalResource;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.DashboardCard;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The cabinet's home page: a greeting, a card from each installed module, the company's contacts. First in the menu. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class WelcomePage implements CabinetPage {
    private final Company company;
    private final TenantDirectory tenants;
    private final List<DashboardCard> cards = new CopyOnWriteArrayList<>();

    @Activate
    public WelcomePage(@Reference Company company, @Reference TenantDirectory tenants) {
        this.company = company;
        this.tenants = tenants;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCard(DashboardCard card) {
        cards.add(card);
    }

    void removeCard(DashboardCard card) {
        cards.remove(card);
    }

    @Override
    public String id() {
        return "welcome";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("welcome.title");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        String name = tenants.find(context.tenantId()).map(t -> t.name()).orElse("");
        Label greeting = new Label(name.isEmpty() ? m.get("welcome.greeting") : m.get("welcome.greetingNamed", name));
        greeting.setId("welcome-greeting");
        greeting.setWidth("100%");
        CssLayout grid = new CssLayout();
        grid.setId("dashboard");
        grid.addStyleName("kabinet-dashboard");
        grid.setWidth("100%");
        for (DashboardCard card : cards.stream().sorted(Comparator.comparingInt(DashboardCard::order)).toList()) {
            Component content = card.create(context);
            if (content != null) {
                content.setId("card-" + card.id());
                content.addStyleName("kabinet-card");
                content.addStyleName("kabinet-dashboard-card");
                grid.addComponent(content);
            }
        }
        grid.addComponent(contacts(m));
        VerticalLayout page = new VerticalLayout(greeting, grid);
        page.setMargin(false);
        return page;
    }

    private Component contacts(Messages m) {
        CompanyProfile c = company.profile();
        VerticalLayout card = new VerticalLayout();
        card.setId("card-contacts");
        card.addStyleName("kabinet-card");
        card.addStyleName("kabinet-dashboard-card");
        Label title = new Label(m.get("welcome.contacts"));
        title.addStyleName(com.vaadin.ui.themes.ValoTheme.LABEL_H3);
        card.addComponents(title, Forms.text(c.name()));
        if (!c.address().isBlank()) {
            card.addComponent(Forms.text(c.address()));
        }
        // on a phone the number calls and the address writes
        if (!c.phone().isBlank()) {
            Link phone = new Link(c.phone(), new ExternalResource("tel:" + c.phone().replaceAll("[^+0-9]", "")));
            phone.setId("contact-phone");
            card.addComponent(phone);
        }
        if (!c.email().isBlank()) {
            Link email = new Link(c.email(), new ExternalResource("mailto:" + c.email()));
            email.setId("contact-email");
            card.addComponent(email);
        }
        if (!c.officeHours().isBlank()) {
            Label hours = Forms.text(m.get("welcome.officeHours", c.officeHours()));
            hours.setId("office-hours");
            card.addComponent(hours);
        }
        return card;
    }
}
