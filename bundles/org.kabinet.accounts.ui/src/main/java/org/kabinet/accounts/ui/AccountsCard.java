package org.kabinet.accounts.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.List;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.ui.spi.DashboardCard;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The home page's card of linked accounts — or, with none yet, the way to link the first one. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class AccountsCard implements DashboardCard {
    private final TenantAccounts accounts;

    @Activate
    public AccountsCard(@Reference TenantAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public com.vaadin.ui.Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout card = new VerticalLayout();
        Label title = new Label(m.get("accounts.title"));
        title.addStyleName(ValoTheme.LABEL_H3);
        card.addComponent(title);
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            card.addComponent(Fields.text(m.get("accounts.cardNone")));
        }
        for (LinkedAccount a : linked) {
            card.addComponent(Fields.text(m.get("accounts.kind." + a.kind().name()) + " · № " + a.number() + " · "
                    + a.city().name() + ", " + a.address()));
        }
        Button open = Fields.primary("card-accounts-open", m.get(linked.isEmpty() ? "accounts.addButton" : "accounts.cardOpen"),
                e -> Page.getCurrent().setUriFragment("!accounts"));
        card.addComponent(open);
        return card;
    }
}
