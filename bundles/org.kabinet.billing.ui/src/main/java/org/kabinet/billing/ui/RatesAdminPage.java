package org.kabinet.billing.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Ставка и пени» in {@code /admin}: the Bank of Russia key rate by day, and the government rules that
 * change пени for the days they cover (a moratorium, a rate cap). Both are data: the next decision is a
 * row added here, not a release. Pick a rule to change its last day or its source.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class RatesAdminPage implements AdminPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final BillingAdministration billing;

    @Activate
    public RatesAdminPage(@Reference BillingAdministration billing) {
        this.billing = billing;
    }

    @Override
    public String id() {
        return "rates";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.rates");
    }

    @Override
    public int order() {
        return 270;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout(keyRates(context, m), rules(context, m));
        page.setMargin(false);
        return page;
    }

    private Component keyRates(AdminContext context, Messages m) {
        Grid<KeyRate> grid = new Grid<>();
        grid.setId("admin-key-rates");
        grid.setWidth("100%");
        grid.setHeightByRows(6);
        grid.addColumn(r -> DAY.format(r.from())).setCaption(m.get("admin.rateFrom"));
        grid.addColumn(r -> percent(r.percent(), m)).setCaption(m.get("admin.rate"));
        Runnable reload = () -> grid.setItems(billing.keyRates().stream().sorted(Comparator.comparing(KeyRate::from).reversed()).toList());
        reload.run();
        DateField from = StaffForms.date("admin-key-rate-from", m.get("admin.rateFrom"), m);
        TextField rate = StaffForms.text("admin-key-rate-percent", m.get("admin.ratePercent"));
        InputHints.inputMode(rate, "decimal");
        TextField source = StaffForms.text("admin-key-rate-source", m.get("admin.source"));
        source.setPlaceholder(m.get("admin.keyRateSourcePlaceholder"));
        source.setWidth("100%");
        Label summary = FieldErrors.summary("admin-key-rate-summary");
        Label result = StaffForms.line("admin-key-rate-result");
        Map<String, com.vaadin.ui.AbstractComponent> fields = Map.of("from", from, "percent", rate, "source", source);
        Button save = StaffForms.primary("admin-key-rate-save", m.get("admin.saveKeyRate"), e -> {
            if (StaffForms.save(context, fields, from, summary, result, () -> {
                if (from.getValue() == null) {
                    throw new org.kabinet.kernel.error.ValidationException("from", "billing.date.invalid");
                }
                KeyRate saved = billing.saveKeyRate(new KeyRate(from.getValue(), StaffForms.number(rate, "percent", "billing.keyRate.percent")),
                        source.getValue(), context.staffName());
                return m.get("admin.keyRateSaved", percent(saved.percent(), m), DAY.format(saved.from()));
            })) {
                reload.run();
            }
        });
        Label hint = new Label(m.get("admin.keyRatesHint"));
        hint.setWidth("100%");
        return StaffForms.section("admin-key-rates-section", m.get("admin.keyRates"), hint, grid,
                StaffForms.subheading(m.get("admin.keyRateForm")), summary,
                TariffsAdminPage.cells(from, rate), source, save, result);
    }

    private Component rules(AdminContext context, Messages m) {
        Grid<PenaltyRule> grid = new Grid<>();
        grid.setId("admin-penalty-rules");
        grid.setWidth("100%");
        grid.setHeightByRows(4);
        grid.addColumn(r -> m.get("admin.ruleKind." + r.kind())).setCaption(m.get("admin.ruleKind")).setWidth(230);
        grid.addColumn(r -> DAY.format(r.from()) + " — " + (r.to() == null ? "…" : DAY.format(r.to()))).setCaption(m.get("admin.ruleDays"))
                .setWidth(230);
        grid.addColumn(r -> r.capPercent() == null ? "" : percent(r.capPercent(), m)).setCaption(m.get("admin.ruleCap")).setWidth(190);
        // the act's name is long: it takes the rest of the row and shows in full as a tooltip
        grid.addColumn(PenaltyRule::source).setCaption(m.get("admin.source")).setMinimumWidthFromContent(false).setExpandRatio(1)
                .setDescriptionGenerator(PenaltyRule::source);
        Runnable reload = () -> grid.setItems(billing.penaltyRules());
        reload.run();
        ComboBox<PenaltyRule.Kind> kind = TariffsAdminPage.combo("admin-rule-kind", m.get("admin.ruleKind"),
                List.of(PenaltyRule.Kind.values()), k -> m.get("admin.ruleKind." + k));
        kind.setWidth("320px");
        DateField from = StaffForms.date("admin-rule-from", m.get("admin.ruleFrom"), m);
        DateField to = StaffForms.date("admin-rule-to", m.get("admin.toOptional"), m);
        TextField cap = StaffForms.text("admin-rule-cap", m.get("admin.ruleCap"));
        InputHints.inputMode(cap, "decimal");
        TextField source = StaffForms.text("admin-rule-source", m.get("admin.source"));
        source.setPlaceholder(m.get("admin.ruleSourcePlaceholder"));
        source.setWidth("100%");
        kind.addValueChangeListener(e -> cap.setEnabled(e.getValue() != PenaltyRule.Kind.NO_ACCRUAL));
        grid.asSingleSelect().addValueChangeListener(e -> {
            PenaltyRule r = e.getValue();
            if (r != null) {
                kind.setValue(r.kind());
                from.setValue(r.from());
                to.setValue(r.to());
                cap.setValue(r.capPercent() == null ? "" : BillingPage.number(r.capPercent(), m));
                source.setValue(r.source());
            }
        });
        Label summary = FieldErrors.summary("admin-rule-summary");
        Label result = StaffForms.line("admin-rule-result");
        Map<String, com.vaadin.ui.AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("capPercent", cap);
        fields.put("source", source);
        Button save = StaffForms.primary("admin-rule-save", m.get("admin.saveRule"), e -> {
            if (StaffForms.save(context, fields, kind, summary, result, () -> {
                PenaltyRule saved = billing.savePenaltyRule(new PenaltyRule(kind.getValue(), from.getValue(), to.getValue(),
                        kind.getValue() == PenaltyRule.Kind.NO_ACCRUAL ? null : StaffForms.number(cap, "capPercent", "billing.rule.cap"),
                        source.getValue()), context.staffName());
                return m.get("admin.ruleSaved", m.get("admin.ruleKind." + saved.kind()), DAY.format(saved.from()));
            })) {
                reload.run();
            }
        });
        Label hint = new Label(m.get("admin.rulesHint"));
        hint.setWidth("100%");
        return StaffForms.section("admin-rules-section", m.get("admin.rules"), hint, grid,
                StaffForms.subheading(m.get("admin.ruleForm")), summary,
                TariffsAdminPage.cells(kind, from, to, cap), source, save, result);
    }

    private static String percent(java.math.BigDecimal value, Messages m) {
        return BillingPage.number(value, m) + " %";
    }
}
