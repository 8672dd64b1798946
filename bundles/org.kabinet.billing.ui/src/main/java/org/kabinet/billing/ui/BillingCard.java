package org.kabinet.billing.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.TenantBilling;
import org.kabinet.ui.spi.DashboardCard;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The home page's card: for each linked account, what to pay and by when, and the way to the details. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class BillingCard implements DashboardCard {
    private final TenantBilling billing;
    private final TenantAccounts accounts;

    @Activate
    public BillingCard(@Reference TenantBilling billing, @Reference TenantAccounts accounts) {
        this.billing = billing;
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "billing";
    }

    @Override
    public int order() {
        return 50;
    }

    /** The earliest unpaid period's due date as the card says it: «до 10.12.2026», or «просрочено с 10.05.2024» once past. */
    static String due(java.time.LocalDate dueDate, java.time.LocalDate asOf, Messages m) {
        String day = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(dueDate);
        return m.get(dueDate.isBefore(asOf) ? "billing.cardOverdue" : "billing.cardDue", day);
    }

    @Override
    public com.vaadin.ui.Component create(PageContext context) {
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            return null; // the accounts card leads to linking the first account
        }
        Messages m = new Messages(context.locale());
        VerticalLayout card = new VerticalLayout();
        Label title = new Label(m.get("billing.cardTitle"));
        title.addStyleName(ValoTheme.LABEL_H3);
        card.addComponent(title);
        for (LinkedAccount a : linked) {
            LedgerView ledger = billing.ledger(context.tenantId(), a.id());
            String due = ledger.firstOwed().map(p -> " " + due(p.dueDate(), ledger.asOf(), m)).orElse("");
            Label line = new Label(m.get("billing.kind." + a.kind().name()) + " № " + a.number() + ": "
                    + BillingPage.money(ledger.toPay(), m) + due);
            line.setWidth("100%");
            line.setId("card-billing-" + a.number());
            card.addComponent(line);
        }
        Button open = new Button(m.get("billing.cardOpen"), e -> Page.getCurrent().setUriFragment("!" + BillingPage.ID));
        open.setId("card-billing-open");
        open.addStyleName(ValoTheme.BUTTON_PRIMARY);
        card.addComponent(open);
        return card;
    }
}
