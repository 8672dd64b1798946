package org.kabinet.accounts.ui;

import com.vaadin.data.provider.DataProvider;
import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.ImportProblem;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.FieldErrors;

/**
 * The accounts module's staff pages, built for one staff member: accounts with their link state and
 * the account form, the CSV import with progress, registration codes for one account or a whole
 * building, and the audit trail.
 */
final class AccountsAdmin {
    private final AdminContext context;
    private java.util.function.Function<String, String> tenantName = id -> id;
    private transient Household household;
    private final DateTimeFormatter time;
    private final Messages m;
    private final transient AccountAdministration admin;
    private final transient CodeSheets sheets;
    private final Grid<Account> accounts = new Grid<>();
    private final ComboBox<City> cityFilter;
    private final CheckBox unlinkedOnly;

    AccountsAdmin(AccountAdministration admin, CodeSheets sheets, AdminContext context, ZoneId zone) {
        this.admin = admin;
        this.sheets = sheets;
        this.context = context;
        this.m = new Messages(context.locale());
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        this.cityFilter = Fields.cities(m.get("accounts.city"), admin.cities());
        this.unlinkedOnly = new CheckBox(m.get("admin.unlinkedOnly"));
    }

    /** Shows, under the accounts grid, everyone who sees the selected account and how ({@link Household#everyone}). */
    AccountsAdmin withHousehold(Household household) {
        this.household = household;
        return this;
    }

    /** Shows tenants in the audit by what {@code names} says of their id (their e-mail) instead of the id. */
    AccountsAdmin withTenantNames(java.util.function.Function<String, String> names) {
        this.tenantName = names;
        return this;
    }

    Component accountsTab() {
        cityFilter.setId("admin-city-filter");
        cityFilter.setPlaceholder(m.get("admin.allCities"));
        cityFilter.addValueChangeListener(e -> refresh());
        unlinkedOnly.addValueChangeListener(e -> refresh());
        accounts.setId("admin-accounts");
        accounts.setWidth("100%");
        accounts.addColumn(Account::number).setCaption(m.get("accounts.number"));
        accounts.addColumn(a -> a.city().name()).setCaption(m.get("accounts.city"));
        accounts.addColumn(a -> m.get("accounts.kind." + a.kind().name())).setCaption(m.get("admin.kind"));
        accounts.addColumn(Account::address).setCaption(m.get("admin.address"));
        accounts.addColumn(a -> AccountsPage.area(a.areaM2(), context.locale())).setCaption(m.get("admin.areaColumn"));
        accounts.addColumn(Account::residents).setCaption(m.get("admin.residentsColumn"));
        accounts.addColumn(a -> m.get("admin.status." + a.status().name())).setCaption(m.get("admin.status"));
        accounts.addColumn(a -> a.linkedTenants() == 0 ? m.get("admin.notLinked") : String.valueOf(a.linkedTenants()))
                .setCaption(m.get("admin.linked"));
        accounts.addColumn(a -> a.codeExpiresAt() == null ? "" : time.format(a.codeExpiresAt())).setCaption(m.get("admin.codeUntil"));
        // on a phone the grid keeps its key columns (number, address, state); the others stay a tap away
        // in the grid's column menu
        accounts.getColumns().forEach(c -> c.setHidable(true));
        accounts.addAttachListener(e -> narrow(accounts.getUI().getPage().getBrowserWindowWidth()));
        accounts.addAttachListener(e -> accounts.getUI().getPage().addBrowserWindowResizeListener(r -> narrow(r.getWidth())));
        Label issued = new Label();
        issued.setId("admin-issued-code");
        issued.addStyleName(ValoTheme.LABEL_LARGE);
        Button issue = Fields.primary("admin-issue-code", m.get("admin.issueCode"), e -> {
            Account selected = accounts.asSingleSelect().getValue();
            if (selected == null) {
                issued.setValue(m.get("admin.selectAccount"));
                return;
            }
            IssuedCode code = admin.issueCode(selected.id());
            issued.setValue(m.get("admin.codeIssued", code.number(), code.code(), time.format(code.expiresAt())));
            refresh();
        });
        refresh();
        com.vaadin.ui.CssLayout filters = new com.vaadin.ui.CssLayout(cityFilter, unlinkedOnly);
        filters.addStyleName("kabinet-filters");
        VerticalLayout tab = new VerticalLayout(filters, accounts, issue, issued);
        if (household != null) {
            tab.addComponent(whoSees());
        }
        tab.addComponent(accountForm());
        tab.setMargin(false);
        return tab;
    }

    /** Everyone who sees the selected account: e-mail, name, access, since when, last visit. Hidden without a selection. */
    private Component whoSees() {
        Label title = Fields.text("");
        title.setId("admin-household-title");
        title.addStyleName(ValoTheme.LABEL_BOLD);
        Label none = Fields.text(m.get("admin.householdNone"));
        none.setId("admin-household-none");
        Grid<HouseholdMember> people = new Grid<>();
        people.setId("admin-household");
        people.setWidth("100%");
        people.addColumn(HouseholdMember::email).setCaption(m.get("admin.email")).setId("email");
        people.addColumn(p -> p.name() == null ? "" : p.name()).setCaption(m.get("admin.name")).setId("name");
        people.addColumn(p -> HouseholdTexts.role(p.access(), m)).setCaption(m.get("admin.access")).setId("access");
        people.addColumn(p -> time.format(p.since())).setCaption(m.get("admin.since")).setId("since");
        people.addColumn(p -> p.lastVisit() != null ? time.format(p.lastVisit())
                : p.access() == org.kabinet.accounts.api.AccountAccess.HOLDER ? "—" : m.get("household.neverVisitedShort"))
                .setCaption(m.get("admin.lastVisit")).setId("lastVisit");
        people.getColumns().forEach(c -> c.setHidable(true));
        // on a phone: who and how; the name and the dates a tap away in the column menu
        people.addAttachListener(e -> {
            int width = people.getUI().getPage().getBrowserWindowWidth();
            boolean phone = width > 0 && width < 768;
            people.getColumn("name").setHidden(phone);
            people.getColumn("since").setHidden(phone);
        });
        VerticalLayout box = new VerticalLayout(title, none, people);
        box.setId("admin-household-box");
        box.setMargin(false);
        box.setVisible(false);
        accounts.asSingleSelect().addValueChangeListener(e -> {
            Account a = e.getValue();
            box.setVisible(a != null);
            if (a == null) {
                return;
            }
            List<HouseholdMember> everyone;
            try {
                everyone = household.everyone(a.id());
            } catch (NotFoundException gone) {
                everyone = List.of();
            }
            title.setValue(m.get("admin.householdTitle", a.number()));
            none.setVisible(everyone.isEmpty());
            people.setVisible(!everyone.isEmpty());
            people.setItems(everyone);
            people.setHeightByRows(Math.max(1, everyone.size()));
        });
        return box;
    }

    /** Below 768 px only the key columns show; at 768 px and more all of them. */
    private void narrow(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < 768;
        List<Grid.Column<Account, ?>> columns = accounts.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setHidden(phone && !KEY_COLUMNS.contains(i));
        }
    }

    /** Number, address and state: what a manager needs to find an account on a phone. */
    private static final java.util.Set<Integer> KEY_COLUMNS = java.util.Set.of(0, 3, 6);

    /** Create a new account, or edit the one selected in the grid. */
    private Component accountForm() {
        Label heading = new Label(m.get("admin.accountForm"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        TextField number = new TextField(m.get("accounts.number"));
        number.setId("account-form-number");
        ComboBox<City> city = Fields.cities(m.get("accounts.city"), admin.cities());
        city.setId("account-form-city");
        ComboBox<AccountKind> kind = new ComboBox<>(m.get("admin.kind"), List.of(AccountKind.values()));
        kind.setId("account-form-kind");
        kind.setItemCaptionGenerator(k -> m.get("accounts.kind." + k.name()));
        TextField address = new TextField(m.get("admin.address"));
        address.setId("account-form-address");
        address.setWidth("100%");
        TextField area = new TextField(m.get("admin.area"));
        area.setId("account-form-area");
        TextField residents = new TextField(m.get("admin.residentsColumn"));
        residents.setId("account-form-residents");
        ComboBox<AccountStatus> status = new ComboBox<>(m.get("admin.status"), List.of(AccountStatus.values()));
        status.setId("account-form-status");
        status.setEmptySelectionAllowed(false);
        status.setItemCaptionGenerator(s -> m.get("admin.status." + s.name()));
        Label result = new Label();
        result.setId("account-form-result");
        Label summary = FieldErrors.summary("account-form-errors");
        Runnable clear = () -> {
            accounts.deselectAll();
            number.clear();
            city.clear();
            kind.clear();
            address.clear();
            area.clear();
            residents.clear();
            status.setValue(AccountStatus.OPEN);
        };
        clear.run();
        accounts.asSingleSelect().addValueChangeListener(e -> {
            Account a = e.getValue();
            FieldErrors.clear(number, city, kind, address, area, residents);
            FieldErrors.clearSummary(summary);
            if (a != null) {
                number.setValue(a.number());
                city.setValue(a.city());
                kind.setValue(a.kind());
                address.setValue(a.address());
                // «39,1» in Russian, as typed; the form takes either a comma or a dot
                String plain = a.areaM2().stripTrailingZeros().toPlainString();
                area.setValue(context.locale().getLanguage().equals("ru") ? plain.replace('.', ',') : plain);
                residents.setValue(String.valueOf(a.residents()));
                status.setValue(a.status());
            }
        });
        Button save = Fields.primary("account-form-save", m.get("admin.save"), e -> {
            FieldErrors.clear(number, city, kind, address, area, residents);
            FieldErrors.clearSummary(summary);
            result.setValue("");
            result.removeStyleName("kabinet-ok");
            BigDecimal areaValue;
            int residentsValue;
            try {
                areaValue = new BigDecimal(area.getValue().strip().replace(',', '.'));
            } catch (NumberFormatException ex) {
                FieldErrors.show(area, m.get("admin.areaInvalid"));
                FieldErrors.summarize(summary, area, m.get("admin.areaInvalid"));
                return;
            }
            try {
                residentsValue = Integer.parseInt(residents.getValue().strip());
            } catch (NumberFormatException ex) {
                FieldErrors.show(residents, m.get("admin.residentsInvalid"));
                FieldErrors.summarize(summary, residents, m.get("admin.residentsInvalid"));
                return;
            }
            AccountData data = new AccountData(number.getValue(), city.getValue() == null ? null : city.getValue().id(),
                    kind.getValue(), address.getValue(), areaValue, residentsValue, status.getValue());
            Account selected = accounts.asSingleSelect().getValue();
            try {
                Account saved = selected == null ? admin.create(data) : admin.update(selected.id(), data);
                result.setValue(m.get(selected == null ? "admin.created" : "admin.updated", saved.number()));
                result.addStyleName("kabinet-ok");
                refresh();
                clear.run();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), Map.of("number", number, "city", city, "kind", kind, "address", address,
                        "areaM2", area, "residents", residents), number, summary);
            }
        });
        Button fresh = Fields.link("account-form-new", m.get("admin.newAccount"), e -> clear.run());
        // each field in its own cell, so its error text stands under it, not beside it
        HorizontalLayout row1 = new HorizontalLayout(cell(number), cell(city), cell(kind), cell(status));
        HorizontalLayout row2 = new HorizontalLayout(cell(area), cell(residents));
        VerticalLayout form = new VerticalLayout(heading, summary, row1, address, row2, new HorizontalLayout(save, fresh), result);
        form.setMargin(false);
        form.setId("account-form");
        return form;
    }

    private static VerticalLayout cell(Component field) {
        VerticalLayout cell = new VerticalLayout(field);
        cell.setMargin(false);
        cell.setSpacing(false);
        cell.setWidthUndefined();
        return cell;
    }

    /** The grid reads the accounts a screenful at a time from the database, never the whole list. */
    private void refresh() {
        City city = cityFilter.getValue();
        AccountFilter filter = new AccountFilter(city == null ? null : city.id(), null, unlinkedOnly.getValue() ? Boolean.FALSE : null);
        accounts.setDataProvider(lazy(filter));
    }

    private DataProvider<Account, Void> lazy(AccountFilter filter) {
        return DataProvider.fromCallbacks(query -> admin.accounts(filter, query.getOffset(), query.getLimit()).stream(),
                query -> admin.countAccounts(filter));
    }

    Component importTab() {
        Label format = Fields.text(m.get("admin.importFormat"));
        ProgressBar progress = new ProgressBar();
        progress.setId("admin-import-progress");
        progress.setWidth("100%");
        progress.setVisible(false);
        Label result = new Label();
        result.setId("admin-import-result");
        result.setWidth("100%");
        Grid<ImportProblem> problems = new Grid<>();
        problems.setId("admin-import-problems");
        problems.setWidth("100%");
        problems.addColumn(ImportProblem::line).setCaption(m.get("admin.line")).setWidth(100);
        problems.addColumn(ImportProblem::reason).setCaption(m.get("admin.reason"));
        problems.setVisible(false);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Upload upload = new Upload(null, (name, mime) -> {
            buffer.reset();
            return buffer;
        });
        upload.setId("admin-import-upload");
        upload.setButtonCaption(m.get("admin.importButton"));
        upload.setImmediateMode(true);
        upload.addSucceededListener(e -> {
            byte[] bytes = buffer.toByteArray();
            long lines = Math.max(1, new String(bytes, StandardCharsets.UTF_8).lines().count() - 1);
            progress.setValue(0);
            progress.setVisible(true);
            problems.setVisible(false);
            result.setValue(m.get("admin.importing", lines));
            UI ui = UI.getCurrent();
            ui.setPollInterval(500);
            CompletableFuture.supplyAsync(() -> admin.importCsv(new InputStreamReader(new ByteArrayInputStream(bytes),
                            StandardCharsets.UTF_8), line -> ui.access(() -> progress.setValue(Math.min(1f, (float) line / lines)))))
                    .whenComplete((done, failure) -> ui.access(() -> {
                        ui.setPollInterval(-1);
                        progress.setVisible(false);
                        showImport(done, failure, result, problems);
                        refresh();
                    }));
        });
        VerticalLayout tab = new VerticalLayout(format, upload, progress, result, problems);
        tab.setMargin(false);
        return tab;
    }

    private void showImport(ImportResult done, Throwable failure, Label result, Grid<ImportProblem> problems) {
        if (failure != null) {
            result.setValue(m.get("admin.importFailed"));
        } else if (done.applied()) {
            result.setValue(m.get("admin.imported", done.created(), done.updated(), done.unchanged()));
        } else {
            result.setValue(m.get("admin.importRejected", done.problems().size()));
            problems.setItems(done.problems());
            problems.setVisible(true);
        }
    }

    Component codesTab() {
        ComboBox<City> city = Fields.cities(m.get("accounts.city"), admin.cities());
        city.setId("admin-codes-city");
        TextField building = new TextField(m.get("admin.building"));
        building.setId("admin-codes-building");
        building.setPlaceholder("ул. Мира, д. 5");
        Label result = new Label();
        result.setId("admin-codes-result");
        result.setWidth("100%");
        Grid<IssuedCode> codes = new Grid<>();
        codes.setId("admin-codes");
        codes.setWidth("100%");
        codes.addColumn(IssuedCode::number).setCaption(m.get("accounts.number"));
        codes.addColumn(IssuedCode::address).setCaption(m.get("admin.address"));
        codes.addColumn(IssuedCode::code).setCaption(m.get("accounts.code"));
        codes.addColumn(c -> time.format(c.expiresAt())).setCaption(m.get("admin.codeUntil"));
        Button download = new Button(m.get("admin.downloadCsv"));
        download.setId("admin-codes-csv");
        download.setVisible(false);
        Button letters = new Button(m.get("admin.downloadPdf"));
        letters.setId("admin-codes-pdf");
        letters.setVisible(false);
        Button issue = Fields.primary("admin-codes-issue", m.get("admin.issueCodes"), e -> Fields.confirm("admin-codes",
                m.get("admin.codesConfirmTitle"), m.get("admin.codesConfirm", city.getValue() == null ? "—" : city.getValue().name(),
                        building.getValue().isBlank() ? m.get("admin.codesAllBuildings") : building.getValue().strip()),
                m.get("admin.issueCodes"), m.get("accounts.cancel"), () -> {
            try {
                List<IssuedCode> issued = admin.issueCodes(city.getValue() == null ? null : city.getValue().id(), building.getValue());
                codes.setItems(issued);
                result.setValue(m.get("admin.codesIssued", issued.size()));
                offer(download, "registration-codes.csv", sheets.csv(issued), !issued.isEmpty());
                offer(letters, "registration-codes.pdf", sheets.pdf(issued), !issued.isEmpty());
            } catch (ValidationException ex) {
                result.setValue(context.errorText(ex));
            }
        }));
        VerticalLayout tab = new VerticalLayout(Fields.text(m.get("admin.codesHint")), new HorizontalLayout(city, building),
                issue, result, codes, new HorizontalLayout(download, letters));
        tab.setMargin(false);
        return tab;
    }

    /** Makes a button download these bytes (replacing what it offered before). */
    private static void offer(Button button, String fileName, byte[] content, boolean visible) {
        button.setVisible(visible);
        button.getExtensions().stream().toList().forEach(button::removeExtension);
        new FileDownloader(new StreamResource(() -> new ByteArrayInputStream(content), fileName)).extend(button);
    }

    /** How often the open audit tab asks for new events. */
    static final int AUDIT_REFRESH_MILLIS = 15_000;

    Component auditTab() {
        Grid<AuditEvent> audit = new Grid<>();
        audit.setId("admin-audit");
        audit.setWidth("100%");
        // each account of the shown events looked up once per page
        java.util.Map<String, String> accountNames = new java.util.concurrent.ConcurrentHashMap<>();
        audit.addColumn(e -> time.format(e.at())).setCaption(m.get("admin.when")).setWidth(170);
        audit.addColumn(e -> AuditTexts.event(e.type(), m)).setCaption(m.get("admin.event"));
        audit.addColumn(e -> e.accountId() == null ? "" : accountNames.getOrDefault(e.accountId(), e.accountId()))
                .setCaption(m.get("admin.account"));
        audit.addColumn(e -> e.tenantId() == null ? "" : tenantName.apply(e.tenantId())).setCaption(m.get("admin.tenant"));
        audit.addColumn(e -> AuditTexts.humanDates(e.detail(), time)).setCaption(m.get("admin.detail"));
        Label refreshed = new Label();
        refreshed.setId("admin-audit-refreshed");
        // a screenful at a time from the database; the accounts it names read together, once
        audit.setDataProvider(DataProvider.fromCallbacks(query -> {
            List<AuditEvent> events = admin.audit(query.getOffset(), query.getLimit());
            List<String> unknown = events.stream().map(AuditEvent::accountId)
                    .filter(id -> id != null && !accountNames.containsKey(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                Map<String, Account> found = admin.accountsById(unknown);
                unknown.forEach(id -> accountNames.put(id, found.containsKey(id) ? accountName(found.get(id)) : id));
            }
            return events.stream();
        }, query -> admin.countAudit()));
        Runnable load = () -> {
            audit.getDataProvider().refreshAll();
            refreshed.setValue(m.get("admin.auditRefreshed", time.format(java.time.Instant.now())));
        };
        Button reload = new Button(m.get("admin.reload"), e -> load.run());
        refreshed.setValue(m.get("admin.auditRefreshed", time.format(java.time.Instant.now())));
        // new events show up by themselves while the tab is open
        org.kabinet.ui.spi.LiveRefresh.every(audit, AUDIT_REFRESH_MILLIS, load);
        HorizontalLayout bar = new HorizontalLayout(reload, refreshed);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        VerticalLayout tab = new VerticalLayout(bar, audit);
        tab.setMargin(false);
        return tab;
    }

    /** «8600001 · ул. Мира, д. 5, кв. 1». */
    private static String accountName(Account a) {
        return a.number() + " · " + a.address();
    }
}
