package org.kabinet.billing.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.LiveRefresh;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** «Журнал начислений» in {@code /admin}: every staff change to billing, newest first — when, who, what. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class BillingAuditAdminPage implements AdminPage {
    private static final int REFRESH_MILLIS = 15_000;
    private final BillingAdministration billing;
    private final AccountAdministration accounts;
    private final PortalTime time;

    @Activate
    public BillingAuditAdminPage(@Reference BillingAdministration billing, @Reference AccountAdministration accounts,
                                 @Reference PortalTime time) {
        this.billing = billing;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return "billing-audit";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.billingAudit");
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        // each account of the shown rows looked up once per page
        Map<String, String> accountNames = new ConcurrentHashMap<>();
        Grid<BillingAudit> grid = new Grid<>();
        grid.setId("admin-billing-audit");
        grid.setWidth("100%");
        grid.addColumn(a -> when.format(a.at())).setCaption(m.get("admin.when")).setWidth(170);
        grid.addColumn(BillingAudit::by).setCaption(m.get("admin.who"));
        grid.addColumn(a -> m.get("admin.action." + a.action())).setCaption(m.get("admin.action"));
        grid.addColumn(a -> a.accountId() == null ? "" : accountNames.getOrDefault(a.accountId(), a.accountId()))
                .setCaption(m.get("admin.account")).setHidable(true);
        grid.addColumn(BillingAudit::detail).setCaption(m.get("admin.detail"));
        Label refreshed = new Label();
        refreshed.setId("admin-billing-audit-refreshed");
        // a screenful at a time from the database; the accounts it names read together, once
        grid.setDataProvider(com.vaadin.data.provider.DataProvider.fromCallbacks(query -> {
            List<BillingAudit> rows = billing.audit(query.getOffset(), query.getLimit());
            List<String> unknown = rows.stream().map(BillingAudit::accountId)
                    .filter(id -> id != null && !accountNames.containsKey(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                Map<String, Account> found = accounts.accountsById(unknown);
                unknown.forEach(id -> accountNames.put(id, found.containsKey(id) ? accountName(found.get(id)) : id));
            }
            return rows.stream();
        }, query -> billing.countAudit()));
        Runnable load = () -> {
            grid.getDataProvider().refreshAll();
            refreshed.setValue(m.get("admin.refreshed", when.format(time.now())));
        };
        Button reload = new Button(m.get("admin.reload"), e -> load.run());
        refreshed.setValue(m.get("admin.refreshed", when.format(time.now())));
        LiveRefresh.every(grid, REFRESH_MILLIS, load);
        HorizontalLayout bar = new HorizontalLayout(reload, refreshed);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        VerticalLayout page = new VerticalLayout(bar, grid);
        page.setMargin(false);
        return page;
    }

    /** «8600001 · ул. Мира, д. 5, кв. 1». */
    private static String accountName(Account a) {
        return a.number() + " · " + a.address();
    }
}
