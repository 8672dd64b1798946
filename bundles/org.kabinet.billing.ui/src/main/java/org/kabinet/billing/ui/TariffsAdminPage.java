package org.kabinet.billing.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.City;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.ServiceSetup;
import org.kabinet.billing.api.Tariff;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Услуги и тарифы» in {@code /admin}: the services with their calculation base and the account kinds
 * they apply to (pick one to change it), and the dated tariffs by scope — company, city, building or one
 * account (the account by its number, not its id).
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class TariffsAdminPage implements AdminPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final BillingAdministration billing;
    private final AccountAdministration accounts;

    @Activate
    public TariffsAdminPage(@Reference BillingAdministration billing, @Reference AccountAdministration accounts) {
        this.billing = billing;
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "tariffs";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.tariffs");
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        Grid<ServiceSetup> services = new Grid<>();
        Grid<Tariff> tariffs = new Grid<>();
        ComboBox<ServiceSetup> tariffService = new ComboBox<>(m.get("admin.service"));
        Runnable reload = () -> {
            List<ServiceSetup> all = billing.services();
            services.setItems(all);
            tariffService.setItems(all);
            tariffs.setItems(billing.tariffs().stream()
                    .sorted(Comparator.comparing(Tariff::serviceCode).thenComparing(Tariff::scope).thenComparing(Tariff::from).reversed())
                    .toList());
        };
        VerticalLayout page = new VerticalLayout(services(context, m, services, reload), tariffs(context, m, tariffs, tariffService, reload));
        page.setMargin(false);
        reload.run();
        return page;
    }

    private Component services(AdminContext context, Messages m, Grid<ServiceSetup> grid, Runnable reload) {
        grid.setId("admin-services");
        grid.setWidth("100%");
        grid.setHeightByRows(6);
        grid.addColumn(s -> s.service().code()).setCaption(m.get("admin.code")).setId("code");
        grid.addColumn(s -> name(s.service(), m)).setCaption(m.get("admin.serviceName")).setId("name");
        grid.addColumn(s -> m.get("admin.group." + s.service().group())).setCaption(m.get("admin.group")).setId("group").setHidable(true);
        grid.addColumn(s -> m.get("admin.base." + s.service().base()) + (s.service().normPerPerson() == null ? ""
                : " · " + m.get("admin.normShort", BillingPage.number(s.service().normPerPerson(), m))))
                .setCaption(m.get("admin.base")).setId("base").setHidable(true);
        grid.addColumn(s -> m.get("billing.unit." + s.service().unit())).setCaption(m.get("admin.unit")).setId("unit").setHidable(true);
        grid.addColumn(s -> s.accountKinds().stream().sorted().map(k -> m.get("billing.kind." + k)).collect(Collectors.joining(", ")))
                .setCaption(m.get("admin.kinds")).setId("kinds");

        TextField code = StaffForms.text("admin-service-code", m.get("admin.code"));
        code.setPlaceholder("cold-water");
        TextField nameRu = StaffForms.text("admin-service-name-ru", m.get("admin.nameRu"));
        TextField nameEn = StaffForms.text("admin-service-name-en", m.get("admin.nameEn"));
        ComboBox<Service.Group> group = combo("admin-service-group", m.get("admin.group"), List.of(Service.Group.values()),
                g -> m.get("admin.group." + g));
        ComboBox<Service.Base> base = combo("admin-service-base", m.get("admin.base"), List.of(Service.Base.values()),
                b -> m.get("admin.base." + b));
        ComboBox<Service.Unit> unit = combo("admin-service-unit", m.get("admin.unit"), List.of(Service.Unit.values()),
                u -> u == Service.Unit.FIXED ? m.get("admin.unitFixed") : m.get("billing.unit." + u));
        TextField norm = StaffForms.text("admin-service-norm", m.get("admin.norm"));
        CheckBoxGroup<String> kinds = new CheckBoxGroup<>(m.get("admin.kinds"), List.of("RENT", "UTILITIES"));
        kinds.setId("admin-service-kinds");
        kinds.setItemCaptionGenerator(k -> m.get("billing.kind." + k));
        kinds.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        base.addValueChangeListener(e -> norm.setEnabled(e.getValue() == Service.Base.METERED));
        norm.setEnabled(false);
        Label summary = FieldErrors.summary("admin-service-summary");
        Label result = StaffForms.line("admin-service-result");
        Runnable clear = () -> {
            grid.deselectAll();
            code.setReadOnly(false);
            code.clear();
            nameRu.clear();
            nameEn.clear();
            group.clear();
            base.clear();
            unit.clear();
            norm.clear();
            kinds.clear();
        };
        grid.asSingleSelect().addValueChangeListener(e -> {
            ServiceSetup s = e.getValue();
            if (s == null) {
                return;
            }
            code.setReadOnly(false);
            code.setValue(s.service().code());
            code.setReadOnly(true);
            nameRu.setValue(s.service().nameRu());
            nameEn.setValue(s.service().nameEn());
            group.setValue(s.service().group());
            base.setValue(s.service().base());
            unit.setValue(s.service().unit());
            norm.setValue(s.service().normPerPerson() == null ? "" : BillingPage.number(s.service().normPerPerson(), m));
            kinds.setValue(s.accountKinds());
        });
        Map<String, com.vaadin.ui.AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", nameRu);
        fields.put("base", base);
        fields.put("normPerPerson", norm);
        fields.put("accountKinds", kinds);
        Button save = StaffForms.primary("admin-service-save", m.get("admin.saveService"), e -> {
            boolean saved = StaffForms.save(context, fields, code, summary, result, () -> {
                BigDecimal perPerson = base.getValue() == Service.Base.METERED
                        ? StaffForms.number(norm, "normPerPerson", "billing.service.norm") : null;
                ServiceSetup s = billing.saveService(new Service(code.getValue().strip(), nameRu.getValue().strip(), nameEn.getValue().strip(),
                        group.getValue(), unit.getValue(), base.getValue(), perPerson), kinds.getValue(), context.staffName());
                return m.get("admin.serviceSaved", s.service().code(), name(s.service(), m));
            });
            if (saved) {
                reload.run();
                clear.run();
            }
        });
        Button fresh = new Button(m.get("admin.newService"), e -> {
            clear.run();
            FieldErrors.clear(fields.values().toArray(com.vaadin.ui.AbstractComponent[]::new));
            FieldErrors.clearSummary(summary);
        });
        fresh.setId("admin-service-new");
        fresh.addStyleName(ValoTheme.BUTTON_LINK);
        Label hint = new Label(m.get("admin.servicesHint"));
        hint.setWidth("100%");
        return StaffForms.section("admin-services-section", m.get("admin.services"), hint, grid,
                StaffForms.subheading(m.get("admin.serviceForm")), summary,
                cells(code, nameRu, nameEn, group, base, norm, unit, kinds), new CssLayout(save, fresh), result);
    }

    private Component tariffs(AdminContext context, Messages m, Grid<Tariff> grid, ComboBox<ServiceSetup> service, Runnable reload) {
        List<City> cities = accounts.cities();
        Map<String, String> cityNames = cities.stream().collect(Collectors.toMap(City::id, City::name));
        Map<String, String> numbers = new java.util.concurrent.ConcurrentHashMap<>();
        grid.setId("admin-tariffs");
        grid.setWidth("100%");
        grid.setHeightByRows(8);
        Map<String, String> serviceNames = new java.util.HashMap<>();
        grid.addColumn(t -> serviceNames.computeIfAbsent(t.serviceCode(), code -> billing.services().stream()
                .filter(s -> s.service().code().equals(code)).findFirst().map(s -> name(s.service(), m)).orElse(code)))
                .setCaption(m.get("admin.service")).setId("service");
        grid.addColumn(t -> m.get("admin.scope." + t.scope()) + switch (t.scope()) {
            case COMPANY -> "";
            case CITY -> " · " + cityNames.getOrDefault(t.scopeValue(), t.scopeValue());
            case BUILDING -> " · " + t.scopeValue();
            case ACCOUNT -> " · № " + numbers.computeIfAbsent(t.scopeValue(), this::number);
        }).setCaption(m.get("admin.scope")).setId("scope");
        grid.addColumn(t -> DAY.format(t.from())).setCaption(m.get("admin.from")).setId("from");
        grid.addColumn(t -> t.to() == null ? "—" : DAY.format(t.to())).setCaption(m.get("admin.to")).setId("to").setHidable(true);
        grid.addColumn(t -> BillingPage.number(t.price(), m)).setCaption(m.get("admin.price")).setId("price");

        service.setId("admin-tariff-service");
        service.setItemCaptionGenerator(s -> s.service().code() + " · " + name(s.service(), m));
        service.setWidth("320px");
        ComboBox<Tariff.Scope> scope = combo("admin-tariff-scope", m.get("admin.scope"), List.of(Tariff.Scope.values()),
                s -> m.get("admin.scope." + s));
        scope.setValue(Tariff.Scope.COMPANY);
        scope.setEmptySelectionAllowed(false);
        ComboBox<City> city = combo("admin-tariff-city", m.get("admin.city"), cities, City::name);
        TextField building = StaffForms.text("admin-tariff-building", m.get("admin.building"));
        building.setPlaceholder(m.get("admin.buildingPlaceholder"));
        TextField account = StaffForms.text("admin-tariff-account", m.get("admin.accountNumber"));
        DateField from = StaffForms.date("admin-tariff-from", m.get("admin.from"), m);
        DateField to = StaffForms.date("admin-tariff-to", m.get("admin.toOptional"), m);
        TextField price = StaffForms.text("admin-tariff-price", m.get("admin.price"));
        org.kabinet.ui.spi.InputHints.inputMode(price, "decimal");
        Runnable scoped = () -> {
            Tariff.Scope s = scope.getValue();
            city.setVisible(s == Tariff.Scope.CITY || s == Tariff.Scope.ACCOUNT);
            building.setVisible(s == Tariff.Scope.BUILDING);
            account.setVisible(s == Tariff.Scope.ACCOUNT);
        };
        scope.addValueChangeListener(e -> scoped.run());
        scoped.run();
        Label summary = FieldErrors.summary("admin-tariff-summary");
        Label result = StaffForms.line("admin-tariff-result");
        Map<String, com.vaadin.ui.AbstractComponent> fields = new LinkedHashMap<>();
        fields.put("serviceCode", service);
        fields.put("scope", scope);
        fields.put("city", city);
        fields.put("scopeValue", building);
        fields.put("account", account);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("price", price);
        Button add = StaffForms.primary("admin-tariff-add", m.get("admin.addTariff"), e -> {
            boolean saved = StaffForms.save(context, fields, service, summary, result, () -> {
                Tariff.Scope s = scope.getValue();
                String value = switch (s) {
                    case COMPANY -> "";
                    case CITY -> Optional.ofNullable(city.getValue()).map(City::id)
                            .orElseThrow(() -> new ValidationException("city", "billing.tariff.scope"));
                    case BUILDING -> building.getValue();
                    case ACCOUNT -> accountId(city.getValue(), account.getValue());
                };
                BigDecimal amount = StaffForms.number(price, "price", "billing.tariff.price");
                Tariff t = billing.addTariff(new Tariff(service.getValue() == null ? null : service.getValue().service().code(), s, value,
                        from.getValue(), to.getValue(), amount), context.staffName());
                return m.get("admin.tariffAdded", t.serviceCode(), BillingPage.number(t.price(), m), DAY.format(t.from()));
            });
            if (saved) {
                reload.run();
                price.clear();
            }
        });
        Label hint = new Label(m.get("admin.tariffsHint"));
        hint.setWidth("100%");
        return StaffForms.section("admin-tariffs-section", m.get("admin.tariffList"), hint, grid,
                StaffForms.subheading(m.get("admin.tariffForm")), summary,
                cells(service, scope, city, building, account, from, to, price), add, result);
    }

    /** The id of the account with this number in this city, or a refusal under the number. */
    private String accountId(City city, String number) {
        String wanted = number == null ? "" : number.strip();
        if (city == null || wanted.isEmpty()) {
            throw new ValidationException(city == null ? "city" : "account", "billing.tariff.scope");
        }
        return accounts.accounts(new AccountFilter(city.id(), null, null)).stream().filter(a -> a.number().equals(wanted))
                .map(Account::id).findFirst().orElseThrow(() -> new ValidationException("account", "billing.account.unknown"));
    }

    private String number(String accountId) {
        try {
            return accounts.account(accountId).number();
        } catch (org.kabinet.kernel.error.NotFoundException e) {
            return accountId;
        }
    }

    static String name(Service s, Messages m) {
        return m.locale().getLanguage().equals("en") ? s.nameEn() : s.nameRu();
    }

    static <T> ComboBox<T> combo(String id, String caption, List<T> items, com.vaadin.ui.ItemCaptionGenerator<T> captions) {
        ComboBox<T> combo = new ComboBox<>(caption, items);
        combo.setId(id);
        combo.setItemCaptionGenerator(captions);
        combo.setTextInputAllowed(false);
        combo.setEmptySelectionAllowed(false);
        // one scrolling list, not pages of ten (the cities of a region are more than ten)
        combo.setPageLength(0);
        return combo;
    }

    /** Fields side by side on a wide screen, one under another on a phone; each keeps its error under it. */
    static CssLayout cells(Component... fields) {
        CssLayout cells = new CssLayout();
        cells.addStyleName("kabinet-form-cells");
        cells.setWidth("100%");
        for (Component field : fields) {
            VerticalLayout cell = new VerticalLayout(field);
            cell.setMargin(false);
            cell.setSpacing(false);
            cell.setWidthUndefined();
            cell.addStyleName("kabinet-form-cell");
            cells.addComponent(cell);
        }
        return cells;
    }
}
