package org.kabinet.billing.ui;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.Page;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Penalty;
import org.kabinet.billing.api.PenaltyTexts;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.billing.api.TenantBilling;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.money.Money;
import org.kabinet.ui.spi.BarChart;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Начисления и оплаты»: for a linked account, what to pay and by when, the latest month per service,
 * пени with the explanation one click away, a chart and the history of charges and payments by month,
 * the payments, and the statement (выписка) for chosen months as a PDF or by e-mail.
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class BillingPage implements CabinetPage {
    static final String ID = "billing";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The chart's colours: the theme's default brand colour for charges, its «ok» green for payments. */
    private static final String CHARGED = "#1f5f8b";
    private static final String PAID = "#1e7b34";
    private final TenantBilling billing;
    private final TenantAccounts accounts;

    @Activate
    public BillingPage(@Reference TenantBilling billing, @Reference TenantAccounts accounts) {
        this.billing = billing;
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("billing.title");
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            Label none = text(m.get("billing.noAccounts"));
            none.setId("billing-none");
            Button link = new Button(m.get("billing.linkAccount"), e -> Page.getCurrent().setUriFragment("!accounts"));
            link.setId("billing-link-account");
            link.addStyleName(ValoTheme.BUTTON_PRIMARY);
            page.addComponents(none, link);
            return page;
        }
        VerticalLayout body = new VerticalLayout();
        body.setMargin(false);
        if (linked.size() > 1) {
            ComboBox<LinkedAccount> choice = new ComboBox<>(m.get("billing.account"), linked);
            choice.setId("billing-account");
            choice.setItemCaptionGenerator(a -> m.get("billing.kind." + a.kind().name()) + " · № " + a.number() + " · " + a.address());
            choice.setEmptySelectionAllowed(false);
            choice.setTextInputAllowed(false);
            choice.setWidth("100%");
            choice.setValue(linked.get(0));
            choice.addValueChangeListener(e -> show(body, e.getValue(), context, m));
            page.addComponent(choice);
        }
        page.addComponent(body);
        show(body, linked.get(0), context, m);
        return page;
    }

    private void show(VerticalLayout body, LinkedAccount account, PageContext context, Messages m) {
        body.removeAllComponents();
        LedgerView ledger = billing.ledger(context.tenantId(), account.id());
        List<StoredCharge> charges = billing.charges(context.tenantId(), account.id());
        List<PostedPayment> payments = billing.payments(context.tenantId(), account.id());
        body.addComponent(toPay(ledger, m));
        if (charges.isEmpty() && payments.isEmpty()) {
            Label empty = text(m.get("billing.empty"));
            empty.setId("billing-empty");
            body.addComponent(empty);
            return;
        }
        body.addComponent(latest(charges, m));
        body.addComponent(chart(ledger, m));
        body.addComponent(history(ledger, m));
        body.addComponent(payments(payments, m));
        body.addComponent(statement(account, ledger, context, m));
    }

    /** The amount to pay and by when, the advance, and пени with «how». */
    private Component toPay(LedgerView ledger, Messages m) {
        VerticalLayout card = new VerticalLayout();
        card.setId("billing-to-pay");
        card.addStyleName("kabinet-card");
        Label amount = new Label(m.get("billing.toPay", money(ledger.toPay(), m)));
        amount.addStyleName(ValoTheme.LABEL_H2);
        amount.setId("billing-to-pay-amount");
        card.addComponent(amount);
        // the earliest period still owing: a date to keep, or — when it has passed — since when the debt runs
        ledger.firstOwed().ifPresent(p -> {
            boolean overdue = p.dueDate().isBefore(ledger.asOf());
            Label due = text(m.get(overdue ? "billing.overdue" : "billing.dueBy", DAY.format(p.dueDate()), month(p.period(), m)));
            due.setId("billing-due");
            if (overdue) {
                due.addStyleName("kabinet-warning");
            }
            card.addComponent(due);
        });
        if (ledger.advance().signum() > 0) {
            card.addComponent(text(m.get("billing.advance", money(ledger.advance(), m))));
        }
        if (ledger.penaltyTotal().signum() > 0) {
            Label penalties = text(m.get("billing.penalties", money(ledger.penaltyTotal(), m), DAY.format(ledger.asOf())));
            penalties.setId("billing-penalties");
            Button how = new Button(m.get("billing.penaltiesHow"), e -> explain(ledger.penalties(), m));
            how.setId("billing-penalties-how");
            how.addStyleName(ValoTheme.BUTTON_LINK);
            card.addComponents(penalties, how);
        }
        return card;
    }

    /** A window with every пени amount explained: which debt, which days in which band, which rate and rule. */
    static void explain(List<Penalty> penalties, Messages m) {
        Window window = new Window(m.get("billing.penaltiesTitle"));
        window.setId("billing-penalties-window");
        window.setModal(true);
        window.setWidth("90%");
        VerticalLayout lines = new VerticalLayout();
        for (Penalty p : penalties) {
            for (String line : PenaltyTexts.explain(p)) {
                lines.addComponent(text(line));
            }
        }
        lines.addComponent(text(m.get("billing.penaltiesRules")));
        Button close = new Button(m.get("billing.close"), e -> window.close());
        close.setId("billing-penalties-close");
        lines.addComponent(close);
        window.setContent(lines);
        UI.getCurrent().addWindow(window);
    }

    /** The latest month's lines per service. */
    private Component latest(List<StoredCharge> charges, Messages m) {
        YearMonth last = charges.stream().map(c -> c.line().period()).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, String> names = billing.services().stream().collect(Collectors.toMap(s -> s.service().code(),
                s -> m.locale().getLanguage().equals("en") ? s.service().nameEn() : s.service().nameRu()));
        List<StoredCharge> lines = charges.stream().filter(c -> c.line().period().equals(last)).toList();
        Label title = new Label(m.get("billing.latest", month(last, m)));
        title.addStyleName(ValoTheme.LABEL_H3);
        Grid<StoredCharge> grid = new Grid<>();
        grid.setId("billing-latest");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, lines.size()));
        grid.addColumn(c -> names.getOrDefault(c.line().serviceCode(), c.line().serviceCode())
                + (c.reason() == null ? "" : " — " + c.reason())).setCaption(m.get("billing.service"));
        grid.addColumn(c -> c.line().volume() == null ? "" : number(c.line().volume(), m) + " " + unit(c, m)).setCaption(m.get("billing.volume"));
        grid.addColumn(c -> c.line().tariff() == null ? "" : number(c.line().tariff(), m)).setCaption(m.get("billing.tariff"));
        grid.addColumn(c -> money(c.line().amount(), m)).setCaption(m.get("billing.amount"));
        grid.setItems(lines);
        BigDecimal total = lines.stream().map(c -> c.line().amount()).reduce(Money.ZERO, BigDecimal::add);
        Label sum = text(m.get("billing.latestTotal", money(total, m)));
        sum.setId("billing-latest-total");
        VerticalLayout section = new VerticalLayout(title, grid, sum);
        section.setMargin(false);
        return section;
    }

    private Component chart(LedgerView ledger, Messages m) {
        Label title = new Label(m.get("billing.chart"));
        title.addStyleName(ValoTheme.LABEL_H3);
        BarChart chart = new BarChart().unit("₽", 2, 2);
        chart.setId("billing-chart");
        RadioButtonGroup<Integer> span = new RadioButtonGroup<>(m.get("billing.chartSpan"), List.of(12, 24, 36));
        span.setId("billing-chart-span");
        span.setItemCaptionGenerator(n -> m.get("billing.months", n));
        span.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        span.addValueChangeListener(e -> fill(chart, ledger, e.getValue(), m));
        span.setValue(12);
        VerticalLayout section = new VerticalLayout(title, span, chart);
        section.setMargin(false);
        return section;
    }

    private void fill(BarChart chart, LedgerView ledger, int months, Messages m) {
        List<LedgerView.MonthRow> rows = ledger.months().subList(Math.max(0, ledger.months().size() - months), ledger.months().size());
        chart.show(rows.stream().map(r -> shortMonth(r.month(), m)).toList(), List.of(
                        new BarChart.Series(m.get("billing.charged"), CHARGED, rows.stream().map(r -> r.charged().doubleValue()).toList()),
                        new BarChart.Series(m.get("billing.paid"), PAID, rows.stream().map(r -> r.paid().doubleValue()).toList())),
                m.get("billing.chartDescription", rows.size()));
    }

    private Component history(LedgerView ledger, Messages m) {
        Label title = new Label(m.get("billing.history"));
        title.addStyleName(ValoTheme.LABEL_H3);
        List<LedgerView.MonthRow> rows = ledger.months().stream().sorted(Comparator.comparing(LedgerView.MonthRow::month).reversed()).toList();
        Grid<LedgerView.MonthRow> grid = new Grid<>();
        grid.setId("billing-history");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(12, rows.size())));
        grid.addColumn(r -> month(r.month(), m)).setCaption(m.get("billing.month"));
        grid.addColumn(r -> money(r.opening(), m)).setCaption(m.get("billing.opening"));
        grid.addColumn(r -> money(r.charged(), m)).setCaption(m.get("billing.charged"));
        grid.addColumn(r -> money(r.paid(), m)).setCaption(m.get("billing.paid"));
        grid.addColumn(r -> money(r.closing(), m)).setCaption(m.get("billing.closing"));
        grid.setItems(rows);
        VerticalLayout section = new VerticalLayout(title, grid);
        section.setMargin(false);
        return section;
    }

    private Component payments(List<PostedPayment> payments, Messages m) {
        Label title = new Label(m.get("billing.payments"));
        title.addStyleName(ValoTheme.LABEL_H3);
        if (payments.isEmpty()) {
            VerticalLayout section = new VerticalLayout(title, text(m.get("billing.noPayments")));
            section.setMargin(false);
            return section;
        }
        List<PostedPayment> rows = payments.stream().sorted(Comparator.comparing((PostedPayment p) -> p.payment().paidOn()).reversed()).toList();
        Grid<PostedPayment> grid = new Grid<>();
        grid.setId("billing-payments");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(10, rows.size())));
        grid.addColumn(p -> DAY.format(p.payment().paidOn())).setCaption(m.get("billing.date"));
        grid.addColumn(p -> money(p.payment().amount(), m)).setCaption(m.get("billing.amount"));
        grid.addColumn(p -> p.payment().period() == null ? "" : month(p.payment().period(), m)).setCaption(m.get("billing.forPeriod"));
        grid.addColumn(p -> p.payment().reversed() ? m.get("billing.reversed") : m.get("billing.accepted")).setCaption(m.get("billing.state"));
        grid.setItems(rows);
        VerticalLayout section = new VerticalLayout(title, grid);
        section.setMargin(false);
        return section;
    }

    /**
     * «Выписка»: the months from–to (the 12 up to this month at first), the PDF built when «Скачать PDF»
     * is clicked, or e-mailed to the tenant. Billing checks the months as soon as they change, so the
     * buttons are off for a range it would refuse and the reason stands under the field.
     */
    private Component statement(LinkedAccount account, LedgerView ledger, PageContext context, Messages m) {
        YearMonth now = YearMonth.from(ledger.asOf());
        List<YearMonth> months = statementMonths(ledger, now);
        ComboBox<YearMonth> from = monthPicker("statement-from", m.get("billing.statementFrom"), months, now.minusMonths(11), m);
        ComboBox<YearMonth> to = monthPicker("statement-to", m.get("billing.statementTo"), months, now, m);
        Map<String, ComboBox<YearMonth>> fields = Map.of("from", from, "to", to);
        Label result = text("");
        result.setId("statement-result");
        Button download = new Button(m.get("billing.statementDownload"));
        download.setId("statement-download");
        download.setIcon(VaadinIcons.DOWNLOAD);
        download.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button email = new Button(m.get("billing.statementEmail"));
        email.setId("statement-email");
        email.setIcon(VaadinIcons.ENVELOPE_O);
        Runnable clear = () -> {
            FieldErrors.clear(from, to);
            result.setValue("");
            result.removeStyleName("kabinet-ok");
            result.removeStyleName("kabinet-error");
        };
        Runnable check = () -> {
            clear.run();
            boolean valid;
            try {
                billing.statement(context.tenantId(), account.id(), from.getValue(), to.getValue());
                valid = true;
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), fields, from);
                valid = false;
            } catch (KabinetException ex) {
                refuse(result, context.errorText(ex));
                valid = false;
            }
            download.setEnabled(valid);
            email.setEnabled(valid);
        };
        from.addValueChangeListener(e -> check.run());
        to.addValueChangeListener(e -> check.run());
        // built in the download's own request, under the session's lock, with the months chosen by then
        StreamResource pdf = new StreamResource(null, "vypiska.pdf");
        pdf.setMIMEType("application/pdf");
        pdf.setCacheTime(0);
        pdf.setStreamSource(() -> {
            try {
                Statement statement = billing.statement(context.tenantId(), account.id(), from.getValue(), to.getValue());
                pdf.setFilename(billing.statementFileName(statement));
                return new ByteArrayInputStream(billing.statementPdf(statement));
            } catch (KabinetException ex) {
                // no file then (the browser gets 404 in the hidden frame); the reason shows with the click's answer
                refuse(result, context.errorText(ex));
                return null;
            }
        });
        new FileDownloader(pdf).extend(download);
        email.addClickListener(e -> {
            clear.run();
            try {
                String address = billing.emailStatement(context.tenantId(), account.id(), from.getValue(), to.getValue());
                String sent = m.get("billing.statementSent", address);
                result.setValue(sent);
                result.addStyleName("kabinet-ok");
                Notification.show(sent, Notification.Type.TRAY_NOTIFICATION);
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), fields, from);
            } catch (KabinetException ex) {
                refuse(result, context.errorText(ex));
            }
        });
        Label title = new Label(m.get("billing.statement"));
        title.addStyleName(ValoTheme.LABEL_H3);
        CssLayout buttons = new CssLayout(download, email);
        buttons.addStyleName("kabinet-filters");
        buttons.setWidth("100%");
        VerticalLayout section = new VerticalLayout(title, text(m.get("billing.statementHint")), TariffsAdminPage.cells(from, to),
                buttons, result);
        section.setMargin(false);
        section.setId("statement-section");
        return section;
    }

    /**
     * The months a statement may cover, newest first: this month back to the account's first month in
     * the ledger, and at least the 12 of the default range.
     */
    static List<YearMonth> statementMonths(LedgerView ledger, YearMonth now) {
        YearMonth earliest = ledger.months().stream().map(LedgerView.MonthRow::month)
                .filter(month -> month.isBefore(now.minusMonths(11))).min(Comparator.naturalOrder()).orElse(now.minusMonths(11));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = now; !month.isBefore(earliest); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static ComboBox<YearMonth> monthPicker(String id, String caption, List<YearMonth> months, YearMonth value, Messages m) {
        ComboBox<YearMonth> picker = new ComboBox<>(caption, months);
        picker.setId(id);
        picker.setItemCaptionGenerator(month -> month(month, m));
        // a list to tap on a phone, no keyboard; the months of several years scroll in one list
        picker.setTextInputAllowed(false);
        picker.setEmptySelectionAllowed(false);
        picker.setPageLength(0);
        picker.setValue(value);
        return picker;
    }

    private static void refuse(Label result, String text) {
        result.removeStyleName("kabinet-ok");
        result.setValue(text);
        result.addStyleName("kabinet-error");
    }

    static String money(BigDecimal amount, Messages m) {
        return Money.format(amount, m.locale());
    }

    /** A volume, tariff or rate as people read it: «4,2», «12,37» (English: «4.2»). */
    static String number(BigDecimal value, Messages m) {
        String plain = value.stripTrailingZeros().toPlainString();
        return m.locale().getLanguage().equals("en") ? plain : plain.replace('.', ',');
    }

    private static String unit(StoredCharge c, Messages m) {
        return c.line().unit() == null ? "" : m.get("billing.unit." + c.line().unit().name());
    }

    static String month(YearMonth month, Messages m) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", m.locale()).format(month);
    }

    private static String shortMonth(YearMonth month, Messages m) {
        return DateTimeFormatter.ofPattern("LLL yy", m.locale()).format(month);
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWidth("100%");
        return label;
    }
}
