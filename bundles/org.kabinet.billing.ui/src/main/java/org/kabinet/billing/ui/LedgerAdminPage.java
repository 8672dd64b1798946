package org.kabinet.billing.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.City;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.Posting;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Лицевой счёт» in {@code /admin}: an account found by city and number, with what it owes, пени with
 * their explanation, a payment taken by hand, its payments (a wrong one reversed with a reason), its
 * charges line by line and its history by month.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class LedgerAdminPage implements AdminPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final BillingAdministration billing;
    private final AccountAdministration accounts;
    private final PortalTime time;

    @Activate
    public LedgerAdminPage(@Reference BillingAdministration billing, @Reference AccountAdministration accounts, @Reference PortalTime time) {
        this.billing = billing;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.ledger");
    }

    @Override
    public int order() {
        return 255;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        List<City> cities = accounts.cities();
        ComboBox<City> city = TariffsAdminPage.combo("admin-ledger-city", m.get("admin.city"), cities, City::name);
        city.setEmptySelectionAllowed(false);
        if (!cities.isEmpty()) {
            city.setValue(cities.get(0));
        }
        TextField number = StaffForms.text("admin-ledger-number", m.get("admin.accountNumber"));
        InputHints.inputMode(number, "numeric");
        VerticalLayout shown = new VerticalLayout();
        shown.setMargin(false);
        shown.setId("admin-ledger-account");
        Button find = StaffForms.primary("admin-ledger-find", m.get("admin.ledgerFind"), e -> {
            FieldErrors.clear(number);
            String wanted = number.getValue().strip();
            Account found = city.getValue() == null ? null : accounts.accounts(new AccountFilter(city.getValue().id(), null, null)).stream()
                    .filter(a -> a.number().equals(wanted)).findFirst().orElse(null);
            shown.removeAllComponents();
            if (found == null) {
                FieldErrors.show(number, m.get("admin.ledgerNotFound", wanted));
                return;
            }
            show(shown, found, context, m);
        });
        find.setClickShortcut(com.vaadin.event.ShortcutAction.KeyCode.ENTER);
        HorizontalLayout search = new HorizontalLayout(city, number, find);
        search.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        search.addStyleName("kabinet-filters");
        VerticalLayout page = new VerticalLayout(search, shown);
        page.setMargin(false);
        return page;
    }

    private void show(VerticalLayout shown, Account account, AdminContext context, Messages m) {
        shown.removeAllComponents();
        LedgerView ledger = billing.ledger(account.id());
        Label heading = new Label(m.get("admin.ledgerHeading", account.number(), account.address(), m.get("billing.kind." + account.kind().name())));
        heading.addStyleName(ValoTheme.LABEL_H3);
        heading.setWidth("100%");
        heading.setId("admin-ledger-heading");
        Label balance = new Label(m.get("admin.ledgerBalance", BillingPage.money(ledger.toPay(), m), BillingPage.money(ledger.penaltyTotal(), m),
                BillingPage.money(ledger.advance(), m), DAY.format(ledger.asOf())));
        balance.setWidth("100%");
        balance.setId("admin-ledger-balance");
        shown.addComponents(heading, balance);
        if (!ledger.penalties().isEmpty()) {
            Button how = new Button(m.get("billing.penaltiesHow"), e -> BillingPage.explain(ledger.penalties(), m));
            how.setId("admin-ledger-penalties-how");
            how.addStyleName(ValoTheme.BUTTON_LINK);
            shown.addComponent(how);
        }
        Runnable again = () -> show(shown, accounts.account(account.id()), context, m);
        shown.addComponents(payment(account, context, m, again), payments(account, context, m, again), charges(account, m), history(ledger, m));
    }

    private Component payment(Account account, AdminContext context, Messages m, Runnable again) {
        TextField id = StaffForms.text("admin-payment-id", m.get("admin.paymentId"));
        id.setValue("STAFF-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(time.now()));
        id.setWidth("240px");
        DateField paidOn = StaffForms.date("admin-payment-date", m.get("admin.paidOn"), m);
        paidOn.setValue(time.today());
        paidOn.setRangeEnd(time.today());
        TextField amount = StaffForms.text("admin-payment-amount", m.get("billing.amount"));
        InputHints.inputMode(amount, "decimal");
        TextField period = StaffForms.text("admin-payment-period", m.get("admin.paymentPeriod"));
        period.setPlaceholder("2026-03");
        Label summary = FieldErrors.summary("admin-payment-summary");
        Label result = StaffForms.line("admin-payment-result");
        Map<String, com.vaadin.ui.AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("paidOn", paidOn);
        fields.put("amount", amount);
        fields.put("period", period);
        Button post = StaffForms.primary("admin-payment-post", m.get("admin.postPayment"), e -> {
            String[] answer = new String[1];
            if (StaffForms.save(context, fields, amount, summary, result, () -> {
                Posting posting = billing.postPayment(account.id(), new Payment(id.getValue(), paidOn.getValue(),
                        StaffForms.number(amount, "amount", "billing.payment.amount"), StaffForms.month(period, "period"), false),
                        context.staffName());
                answer[0] = m.get(posting.created() ? "admin.paymentPosted" : "admin.paymentKnown", posting.payment().id(),
                        BillingPage.money(posting.payment().amount(), m));
                return answer[0];
            })) {
                again.run();
                com.vaadin.ui.Notification.show(answer[0], com.vaadin.ui.Notification.Type.TRAY_NOTIFICATION);
            }
        });
        return StaffForms.section("admin-payment-section", m.get("admin.payment"), summary,
                TariffsAdminPage.cells(id, paidOn, amount, period), post, result);
    }

    private Component payments(Account account, AdminContext context, Messages m, Runnable again) {
        List<PostedPayment> rows = billing.payments(account.id()).stream()
                .sorted(Comparator.comparing((PostedPayment p) -> p.payment().paidOn()).reversed()).toList();
        Grid<PostedPayment> grid = new Grid<>();
        grid.setId("admin-ledger-payments");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(8, rows.size())));
        grid.addColumn(p -> DAY.format(p.payment().paidOn())).setCaption(m.get("billing.date"));
        grid.addColumn(p -> BillingPage.money(p.payment().amount(), m)).setCaption(m.get("billing.amount"));
        grid.addColumn(p -> p.payment().period() == null ? "" : p.payment().period().toString()).setCaption(m.get("billing.forPeriod"));
        grid.addColumn(p -> p.payment().id()).setCaption(m.get("admin.paymentId"));
        grid.addColumn(p -> m.get("admin.origin." + p.origin())).setCaption(m.get("admin.origin")).setHidable(true);
        grid.addColumn(p -> p.payment().reversed() ? m.get("billing.reversed") + ": " + p.reversalReason() : m.get("billing.accepted"))
                .setCaption(m.get("billing.state"));
        grid.setItems(rows);
        Button reverse = new Button(m.get("admin.reverse"));
        reverse.setId("admin-payment-reverse");
        reverse.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> reverse.setEnabled(e.getValue() != null && !e.getValue().payment().reversed()));
        reverse.addClickListener(e -> confirmReversal(grid.asSingleSelect().getValue(), context, m, again));
        Component list = rows.isEmpty() ? new Label(m.get("billing.noPayments")) : grid;
        return StaffForms.section("admin-ledger-payments-section", m.get("billing.payments"), list, reverse);
    }

    /** Reversal asks for the reason first: a payment is never deleted, it stays on record and pays nothing. */
    private void confirmReversal(PostedPayment payment, AdminContext context, Messages m, Runnable again) {
        Window window = new Window(m.get("admin.reverseTitle", payment.payment().id(), BillingPage.money(payment.payment().amount(), m)));
        window.setId("admin-reverse-window");
        window.setModal(true);
        window.addStyleName("kabinet-dialog");
        window.setWidth("520px");
        TextField reason = StaffForms.text("admin-reverse-reason", m.get("admin.reverseReason"));
        reason.setWidth("100%");
        Label text = new Label(m.get("admin.reverseText"));
        text.setWidth("100%");
        com.vaadin.ui.CheckBox notify = new com.vaadin.ui.CheckBox(m.get("admin.reverseNotify"), false);
        notify.setId("admin-reverse-notify");
        Button yes = new Button(m.get("admin.reverseYes"), c -> {
            FieldErrors.clear(reason);
            try {
                billing.reverse(payment.payment().id(), reason.getValue(), notify.getValue(), context.staffName());
            } catch (ValidationException ex) {
                FieldErrors.show(reason, context.errorText(ex));
                return;
            }
            window.close();
            again.run();
            com.vaadin.ui.Notification.show(m.get("admin.reversed", payment.payment().id()), com.vaadin.ui.Notification.Type.TRAY_NOTIFICATION);
        });
        yes.setId("admin-reverse-yes");
        yes.addStyleName(ValoTheme.BUTTON_DANGER);
        Button no = new Button(m.get("admin.closeNo"), c -> window.close());
        VerticalLayout content = new VerticalLayout(text, reason, notify, new HorizontalLayout(yes, no));
        window.setContent(content);
        UI.getCurrent().addWindow(window);
        reason.focus();
    }

    private Component charges(Account account, Messages m) {
        Map<String, String> names = billing.services().stream()
                .collect(Collectors.toMap(s -> s.service().code(), s -> TariffsAdminPage.name(s.service(), m)));
        List<StoredCharge> rows = billing.charges(account.id()).stream()
                .sorted(Comparator.comparing((StoredCharge c) -> c.line().period()).reversed()).toList();
        Grid<StoredCharge> grid = new Grid<>();
        grid.setId("admin-ledger-charges");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(10, rows.size())));
        grid.addColumn(c -> c.line().period().toString()).setCaption(m.get("billing.month"));
        grid.addColumn(c -> names.getOrDefault(c.line().serviceCode(), c.line().serviceCode())).setCaption(m.get("billing.service"));
        grid.addColumn(c -> m.get("admin.chargeKind." + c.kind()) + (c.reason() == null ? "" : ": " + c.reason())).setCaption(m.get("admin.chargeKind"));
        grid.addColumn(c -> c.line().volume() == null ? "" : BillingPage.number(c.line().volume(), m)).setCaption(m.get("billing.volume"))
                .setHidable(true);
        grid.addColumn(c -> c.line().tariff() == null ? "" : BillingPage.number(c.line().tariff(), m)).setCaption(m.get("billing.tariff"))
                .setHidable(true);
        grid.addColumn(c -> BillingPage.money(c.line().amount(), m)).setCaption(m.get("billing.amount"));
        grid.addColumn(c -> m.get("admin.origin." + c.origin())).setCaption(m.get("admin.origin")).setHidable(true);
        grid.setItems(rows);
        return StaffForms.section("admin-ledger-charges-section", m.get("admin.charges"),
                rows.isEmpty() ? new Label(m.get("admin.noCharges")) : grid);
    }

    private Component history(LedgerView ledger, Messages m) {
        List<LedgerView.MonthRow> rows = ledger.months().stream().sorted(Comparator.comparing(LedgerView.MonthRow::month).reversed()).toList();
        Grid<LedgerView.MonthRow> grid = new Grid<>();
        grid.setId("admin-ledger-history");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(12, rows.size())));
        grid.addColumn(r -> BillingPage.month(r.month(), m)).setCaption(m.get("billing.month"));
        grid.addColumn(r -> BillingPage.money(r.opening(), m)).setCaption(m.get("billing.opening")).setHidable(true);
        grid.addColumn(r -> BillingPage.money(r.charged(), m)).setCaption(m.get("billing.charged"));
        grid.addColumn(r -> BillingPage.money(r.paid(), m)).setCaption(m.get("billing.paid"));
        grid.addColumn(r -> BillingPage.money(r.closing(), m)).setCaption(m.get("billing.closing"));
        grid.setItems(rows);
        return StaffForms.section("admin-ledger-history-section", m.get("billing.history"), rows.isEmpty() ? new Label("—") : grid);
    }
}
