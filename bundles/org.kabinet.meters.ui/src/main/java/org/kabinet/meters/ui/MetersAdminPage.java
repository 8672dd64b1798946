package org.kabinet.meters.ui;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.City;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.money.Money;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Resource;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Счётчики» in {@code /admin}: an account found by city and number, its meters (active first), and the
 * meter form — add one, change one picked in the list (account and resource stay), or archive it after a
 * question (its history stays, it takes no more readings).
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class MetersAdminPage implements AdminPage {
    private final MeterAdministration admin;
    private final AccountAdministration accounts;
    private final PortalTime time;

    @Activate
    public MetersAdminPage(@Reference MeterAdministration admin, @Reference AccountAdministration accounts, @Reference PortalTime time) {
        this.admin = admin;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return "meters";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.meters");
    }

    /** After the billing tabs (250–270). */
    @Override
    public int order() {
        return 280;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        List<City> cities = accounts.cities();
        ComboBox<City> city = Parts.combo("admin-meters-city", m.get("admin.city"), cities, City::name);
        if (!cities.isEmpty()) {
            city.setValue(cities.get(0));
        }
        TextField number = Parts.field("admin-meters-number", m.get("admin.accountNumber"));
        InputHints.inputMode(number, "numeric");
        VerticalLayout shown = new VerticalLayout();
        shown.setMargin(false);
        shown.setId("admin-meters-account");
        Button find = Parts.primary("admin-meters-find", m.get("admin.find"), e -> {
            FieldErrors.clear(number);
            String wanted = number.getValue().strip();
            Account found = city.getValue() == null ? null : accounts.accounts(new AccountFilter(city.getValue().id(), null, null)).stream()
                    .filter(a -> a.number().equals(wanted)).findFirst().orElse(null);
            shown.removeAllComponents();
            if (found == null) {
                FieldErrors.show(number, m.get("admin.accountNotFound", wanted));
                return;
            }
            shown.addComponent(new AccountMeters(found, context, m).build());
        });
        find.setClickShortcut(com.vaadin.event.ShortcutAction.KeyCode.ENTER);
        HorizontalLayout search = new HorizontalLayout(city, number, find);
        search.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        search.addStyleName("kabinet-filters");
        VerticalLayout page = new VerticalLayout(Parts.text(m.get("admin.metersHint")), search, shown,
                new MeterFiles(admin, YearMonth.from(time.today()), context, m).build());
        page.setMargin(false);
        return page;
    }

    /** One account's meters and the form, for one staff member. */
    private final class AccountMeters {
        private final Account account;
        private final AdminContext context;
        private final Messages m;
        private final Grid<Meter> grid = new Grid<>();
        private final ComboBox<Resource> resource;
        private final TextField serial;
        private final TextField place;
        private final ComboBox<Integer> zones;
        private final TextField digits;
        private final DateField installed;
        private final DateField verification;
        private final List<TextField> initial = new ArrayList<>();
        private final Label summary = FieldErrors.summary("admin-meter-errors");
        private final Label result = Parts.line("admin-meter-result");
        private final Button archive;

        AccountMeters(Account account, AdminContext context, Messages m) {
            this.account = account;
            this.context = context;
            this.m = m;
            resource = Parts.combo("admin-meter-resource", m.get("admin.resource"), List.of(Resource.values()), r -> MeterTexts.kind(r, m));
            serial = Parts.field("admin-meter-serial", m.get("admin.serial"));
            place = Parts.field("admin-meter-place", m.get("admin.place"));
            place.setPlaceholder(m.get("admin.placePlaceholder"));
            zones = Parts.combo("admin-meter-zones", m.get("admin.zones"), List.of(1, 2, 3), String::valueOf);
            digits = Parts.field("admin-meter-digits", m.get("admin.digits"));
            InputHints.inputMode(digits, "numeric");
            installed = Parts.date("admin-meter-installed", m.get("admin.installed"), m);
            verification = Parts.date("admin-meter-verification", m.get("admin.verification"), m);
            for (int zone = 1; zone <= 3; zone++) {
                TextField value = Parts.numberField("admin-meter-initial-" + zone, m.get("admin.initial." + zone));
                initial.add(value);
            }
            zones.addValueChangeListener(e -> showZones());
            archive = Parts.plain("admin-meter-archive", m.get("admin.archive"), e -> askArchive());
            archive.addStyleName(ValoTheme.BUTTON_DANGER);
        }

        Component build() {
            Label heading = Parts.text(m.get("admin.accountHeading", account.number(), account.city().name(), account.address()));
            heading.addStyleName(ValoTheme.LABEL_H3);
            heading.setId("admin-meters-heading");
            grid.setId("admin-meters-grid");
            grid.setWidth("100%");
            grid.addColumn(x -> MeterTexts.kind(x, m)).setCaption(m.get("admin.resource")).setId("resource");
            grid.addColumn(Meter::serialNumber).setCaption(m.get("admin.serial")).setId("serial");
            grid.addColumn(Meter::place).setCaption(m.get("admin.place")).setId("place").setHidable(true);
            grid.addColumn(Meter::zones).setCaption(m.get("admin.zonesShort")).setId("zones").setHidable(true);
            grid.addColumn(x -> x.installedOn() == null ? "" : MeterTexts.DAY.format(x.installedOn())).setCaption(m.get("admin.installed"))
                    .setId("installed").setHidable(true);
            grid.addColumn(x -> x.verificationDue() == null ? "" : MeterTexts.DAY.format(x.verificationDue()))
                    .setCaption(m.get("admin.verification")).setId("verification");
            grid.addColumn(x -> m.get("admin.state." + x.state().name())).setCaption(m.get("admin.state")).setId("state");
            grid.addColumn(Meter::name).setCaption(m.get("admin.tenantName")).setId("name").setHidable(true);
            grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
            Button fresh = Parts.link("admin-meter-new", m.get("admin.newMeter"), e -> edit(null));
            Button save = Parts.primary("admin-meter-save", m.get("admin.save"), e -> save());
            reload();
            edit(null);
            List<Component> cells = new ArrayList<>(List.of(resource, serial, place, zones, digits, installed, verification));
            cells.addAll(initial);
            VerticalLayout shown = new VerticalLayout(heading, grid, Parts.subheading(m.get("admin.meterForm")), summary,
                    Parts.cells(cells.toArray(Component[]::new)), Parts.buttons(save, fresh, archive), result);
            shown.setMargin(false);
            return shown;
        }

        private void reload() {
            List<Meter> list = admin.meters(account.id());
            grid.setItems(list);
            grid.setHeightByRows(Math.max(1, Math.min(10, list.size())));
        }

        private Meter selected() {
            return grid.asSingleSelect().getValue();
        }

        /** Fills the form with a meter to change, or empties it for a new one (account and resource fixed once added). */
        private void edit(Meter meter) {
            FieldErrors.clear(fields().values().toArray(AbstractComponent[]::new));
            FieldErrors.clearSummary(summary);
            resource.setEnabled(meter == null);
            resource.setValue(meter == null ? Resource.COLD_WATER : meter.resource());
            serial.setValue(meter == null ? "" : meter.serialNumber());
            place.setValue(meter == null ? "" : meter.place());
            zones.setValue(meter == null ? 1 : meter.zones());
            digits.setValue(meter == null ? "5" : String.valueOf(meter.digits()));
            installed.setValue(meter == null ? time.today() : meter.installedOn());
            verification.setValue(meter == null ? null : meter.verificationDue());
            for (int i = 0; i < initial.size(); i++) {
                initial.get(i).setValue(meter == null || i >= meter.initialValues().size() ? "" : MeterTexts.typed(meter.initialValues().get(i), m));
            }
            archive.setEnabled(meter != null && meter.state() == MeterState.ACTIVE);
            showZones();
        }

        private void showZones() {
            int n = zones.getValue() == null ? 1 : zones.getValue();
            for (int i = 0; i < initial.size(); i++) {
                initial.get(i).setVisible(i < n);
                initial.get(i).setCaption(n == 1 ? m.get("admin.initial.1") : m.get("admin.initialZone", m.get("meters.zone." + (i + 1))));
            }
        }

        private Map<String, AbstractComponent> fields() {
            Map<String, AbstractComponent> fields = new LinkedHashMap<>();
            fields.put("resource", resource);
            fields.put("serialNumber", serial);
            fields.put("serial", serial);
            fields.put("place", place);
            fields.put("zones", zones);
            fields.put("digits", digits);
            fields.put("installedOn", installed);
            fields.put("verificationDue", verification);
            fields.put("initialValues", initial.get(0));
            for (int i = 0; i < initial.size(); i++) {
                fields.put("initialValues[" + i + "]", initial.get(i));
            }
            return fields;
        }

        private MeterInput input() {
            int n = zones.getValue() == null ? 1 : zones.getValue();
            int digitCount;
            try {
                digitCount = Integer.parseInt(digits.getValue().strip());
            } catch (NumberFormatException e) {
                throw new Mistyped(digits, m.get("admin.digitsInvalid"));
            }
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String text = initial.get(i).getValue().strip();
                try {
                    values.add(text.isEmpty() ? BigDecimal.ZERO : Money.parse(text));
                } catch (NumberFormatException e) {
                    throw new Mistyped(initial.get(i), m.get("admin.numberInvalid"));
                }
            }
            return new MeterInput(account.id(), resource.getValue(), serial.getValue().strip(), place.getValue().strip(), n, digitCount,
                    installed.getValue(), verification.getValue(), values);
        }

        private void save() {
            Meter editing = selected();
            boolean saved = run(() -> {
                Meter meter = editing == null ? admin.add(input(), context.staffName()) : admin.update(editing.id(), input(), context.staffName());
                return m.get(editing == null ? "admin.meterAdded" : "admin.meterSaved", meter.serialNumber(), MeterTexts.kind(meter, m));
            });
            if (saved) {
                reload();
                if (editing == null) {
                    edit(null);
                }
            }
        }

        private void askArchive() {
            Meter meter = selected();
            if (meter == null) {
                return;
            }
            Parts.confirm("admin-meter-archive", m.get("admin.archiveTitle", meter.serialNumber()), m.get("admin.archiveText"),
                    m.get("admin.archive"), m.get("meters.cancel"), () -> {
                        if (run(() -> {
                            admin.archive(meter.id(), context.staffName());
                            return m.get("admin.archived", meter.serialNumber());
                        })) {
                            reload();
                            edit(null);
                        }
                    });
        }

        /** Runs a change: its sentence in green, or the error under its field (and at the top), or a refusal in red. */
        private boolean run(Supplier<String> change) {
            Map<String, AbstractComponent> fields = fields();
            FieldErrors.clear(fields.values().toArray(AbstractComponent[]::new));
            FieldErrors.clearSummary(summary);
            Parts.clear(result);
            try {
                Parts.show(result, new MeterTexts.Note(change.get(), MeterTexts.Tone.OK));
                return true;
            } catch (Mistyped e) {
                FieldErrors.show(e.field, e.getMessage());
                FieldErrors.summarize(summary, e.field, e.getMessage());
            } catch (ValidationException e) {
                FieldErrors.show(e, context.errorText(e), fields, serial, summary);
            } catch (KabinetException e) {
                Parts.show(result, new MeterTexts.Note(context.errorText(e), MeterTexts.Tone.ERROR));
            }
            return false;
        }
    }

    /** A number the form could not read, told under its field before anything is sent. */
    private static final class Mistyped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient AbstractComponent field;

        Mistyped(AbstractComponent field, String text) {
            super(text, null, false, false);
            this.field = field;
        }
    }
}
