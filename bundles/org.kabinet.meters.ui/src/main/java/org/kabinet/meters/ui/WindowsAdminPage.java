package org.kabinet.meters.ui;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.City;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Приём показаний» in {@code /admin}: when readings are taken — the company's days and mode, and the
 * cities and buildings that differ (the narrowest rule wins). Pick a rule to change it; a city's or a
 * building's rule can be removed after a question, the company's only changed.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class WindowsAdminPage implements AdminPage {
    private final MeterAdministration admin;
    private final AccountAdministration accounts;

    @Activate
    public WindowsAdminPage(@Reference MeterAdministration admin, @Reference AccountAdministration accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "meter-windows";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.windows");
    }

    @Override
    public int order() {
        return 290;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        List<City> cities = accounts.cities();
        Map<String, String> cityNames = cities.stream().collect(Collectors.toMap(City::id, City::name));
        Grid<WindowRule> grid = new Grid<>();
        grid.setId("admin-windows-grid");
        grid.setWidth("100%");
        grid.addColumn(r -> where(r, cityNames, m)).setCaption(m.get("admin.windowWhere")).setId("where");
        grid.addColumn(r -> m.get("admin.windowDays", r.fromDay(), r.toDay())).setCaption(m.get("admin.windowDaysCaption")).setId("days");
        grid.addColumn(r -> m.get("admin.mode." + r.mode().name())).setCaption(m.get("admin.mode")).setId("mode");
        ComboBox<WindowRule.Scope> scope = Parts.combo("admin-window-scope", m.get("admin.windowScope"), List.of(WindowRule.Scope.values()),
                s -> m.get("admin.scope." + s.name()));
        ComboBox<City> city = Parts.combo("admin-window-city", m.get("admin.city"), cities, City::name);
        TextField building = Parts.field("admin-window-building", m.get("admin.building"));
        building.setPlaceholder(m.get("admin.buildingPlaceholder"));
        building.setWidth("320px");
        TextField from = Parts.field("admin-window-from", m.get("admin.fromDay"));
        TextField to = Parts.field("admin-window-to", m.get("admin.toDay"));
        InputHints.inputMode(from, "numeric");
        InputHints.inputMode(to, "numeric");
        from.setWidth("120px");
        to.setWidth("120px");
        RadioButtonGroup<WindowRule.Mode> mode = new RadioButtonGroup<>(m.get("admin.mode"), List.of(WindowRule.Mode.values()));
        mode.setId("admin-window-mode");
        mode.setItemCaptionGenerator(x -> m.get("admin.modeLong." + x.name()));
        Label summary = FieldErrors.summary("admin-window-errors");
        Label result = Parts.line("admin-window-result");
        result.setVisible(false);
        Runnable scoped = () -> {
            WindowRule.Scope s = scope.getValue();
            city.setVisible(s == WindowRule.Scope.CITY);
            building.setVisible(s == WindowRule.Scope.BUILDING);
        };
        scope.addValueChangeListener(e -> scoped.run());
        Runnable fresh = () -> {
            scope.setValue(WindowRule.Scope.CITY);
            city.clear();
            building.clear();
            from.setValue("20");
            to.setValue("25");
            mode.setValue(WindowRule.Mode.SOFT);
        };
        Runnable reload = () -> {
            List<WindowRule> rules = admin.windows().stream()
                    .sorted(Comparator.comparing(WindowRule::scope).thenComparing(r -> where(r, cityNames, m))).toList();
            grid.setItems(rules);
            grid.setHeightByRows(Math.max(1, Math.min(10, rules.size())));
        };
        Button remove = Parts.plain("admin-window-remove", m.get("admin.windowRemove"), null);
        remove.addStyleName(ValoTheme.BUTTON_DANGER);
        remove.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            WindowRule r = e.getValue();
            remove.setEnabled(r != null && r.scope() != WindowRule.Scope.COMPANY);
            if (r == null) {
                return;
            }
            scope.setValue(r.scope());
            city.setValue(r.scope() == WindowRule.Scope.CITY ? cities.stream().filter(c -> c.id().equals(r.scopeValue())).findFirst().orElse(null)
                    : null);
            building.setValue(r.scope() == WindowRule.Scope.BUILDING ? r.scopeValue() : "");
            from.setValue(String.valueOf(r.fromDay()));
            to.setValue(String.valueOf(r.toDay()));
            mode.setValue(r.mode());
        });
        Map<String, AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("scope", scope);
        fields.put("city", city);
        fields.put("building", building);
        fields.put("fromDay", from);
        fields.put("toDay", to);
        fields.put("mode", mode);
        Button save = Parts.primary("admin-window-save", m.get("admin.windowSave"), e -> {
            FieldErrors.clear(fields.values().toArray(AbstractComponent[]::new));
            FieldErrors.clearSummary(summary);
            Parts.clear(result);
            WindowRule.Scope s = scope.getValue();
            Optional<Integer> fromDay = day(from, m, summary);
            Optional<Integer> toDay = day(to, m, summary);
            if (fromDay.isEmpty() || toDay.isEmpty()) {
                return;
            }
            String value = switch (s) {
                case COMPANY -> "";
                case CITY -> city.getValue() == null ? null : city.getValue().id();
                case BUILDING -> building.getValue().strip();
            };
            if (value == null || (s == WindowRule.Scope.BUILDING && value.isEmpty())) {
                AbstractComponent field = s == WindowRule.Scope.CITY ? city : building;
                FieldErrors.show(field, m.get(s == WindowRule.Scope.CITY ? "admin.cityMissing" : "admin.buildingMissing"));
                FieldErrors.summarize(summary, field, m.get(s == WindowRule.Scope.CITY ? "admin.cityMissing" : "admin.buildingMissing"));
                return;
            }
            Map<String, AbstractComponent> named = new LinkedHashMap<>(fields);
            named.put("scopeValue", s == WindowRule.Scope.CITY ? city : building);
            try {
                WindowRule saved = admin.setWindow(new WindowRule(s, value, fromDay.get(), toDay.get(), mode.getValue()), context.staffName());
                reload.run();
                Parts.show(result, new MeterTexts.Note(m.get("admin.windowSaved", where(saved, cityNames, m),
                        m.get("admin.windowDays", saved.fromDay(), saved.toDay()), m.get("admin.mode." + saved.mode().name()).toLowerCase(m.locale())),
                        MeterTexts.Tone.OK));
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), named, from, summary);
            } catch (KabinetException ex) {
                Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
            }
        });
        remove.addClickListener(e -> {
            WindowRule r = grid.asSingleSelect().getValue();
            if (r == null) {
                return;
            }
            Parts.confirm("admin-window-remove", m.get("admin.windowRemoveTitle", where(r, cityNames, m)), m.get("admin.windowRemoveText"),
                    m.get("admin.windowRemove"), m.get("meters.cancel"), () -> {
                        Parts.clear(result);
                        try {
                            admin.removeWindow(r.scope(), r.scopeValue(), context.staffName());
                            reload.run();
                            fresh.run();
                            Parts.show(result, new MeterTexts.Note(m.get("admin.windowRemoved", where(r, cityNames, m)), MeterTexts.Tone.OK));
                        } catch (KabinetException ex) {
                            Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
                        }
                    });
        });
        Button clear = Parts.link("admin-window-new", m.get("admin.windowNew"), e -> {
            grid.deselectAll();
            fresh.run();
        });
        fresh.run();
        scoped.run();
        reload.run();
        VerticalLayout page = new VerticalLayout(Parts.text(m.get("admin.windowsHint")), grid,
                Parts.subheading(m.get("admin.windowForm")), summary, Parts.cells(scope, city, building, from, to), mode,
                Parts.buttons(save, clear, remove), result);
        page.setMargin(false);
        return page;
    }

    /** A day of the month typed, or empty with the error under its field. */
    private static Optional<Integer> day(TextField field, Messages m, Label summary) {
        try {
            return Optional.of(Integer.parseInt(field.getValue().strip()));
        } catch (NumberFormatException e) {
            FieldErrors.show(field, m.get("admin.dayInvalid"));
            FieldErrors.summarize(summary, field, m.get("admin.dayInvalid"));
            return Optional.empty();
        }
    }

    /** «Компания», «Город: Сургут», «Дом: г. Сургут, ул. Мира, д. 5». */
    static String where(WindowRule r, Map<String, String> cityNames, Messages m) {
        return switch (r.scope()) {
            case COMPANY -> m.get("admin.scope.COMPANY");
            case CITY -> m.get("admin.scope.CITY") + ": " + cityNames.getOrDefault(r.scopeValue(), r.scopeValue());
            case BUILDING -> m.get("admin.scope.BUILDING") + ": " + r.scopeValue();
        };
    }
}
