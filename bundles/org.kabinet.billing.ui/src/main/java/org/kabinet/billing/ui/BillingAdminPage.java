package org.kabinet.billing.ui;

import com.vaadin.ui.Button;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.RegistryImport;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Начисления» in {@code /admin}: bill a month (a preview first, then the run, with progress), close it,
 * and load payment and charge registries — all or nothing, every bad line listed.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class BillingAdminPage implements AdminPage {
    /** The largest payment registry taken from the browser, as over REST. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** The largest charge registry: a large company's month, a million lines. */
    static final int MAX_CHARGE_FILE_BYTES = 128 * 1024 * 1024;
    private final BillingAdministration billing;
    private final PortalTime time;

    @Activate
    public BillingAdminPage(@Reference BillingAdministration billing, @Reference PortalTime time) {
        this.billing = billing;
        this.time = time;
    }

    @Override
    public String id() {
        return "billing";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.billing");
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout(run(context, m), registry(context, m, "payments", MAX_FILE_BYTES,
                (bytes, progress) -> billing.importPayments(bytes, "auto", Map.of(), context.staffName(), progress)),
                registry(context, m, "charges", MAX_CHARGE_FILE_BYTES,
                        (bytes, progress) -> billing.importCharges(bytes, "auto", context.staffName(), progress)));
        page.setMargin(false);
        return page;
    }

    private Component run(AdminContext context, Messages m) {
        Label title = new Label(m.get("admin.run"));
        title.addStyleName(ValoTheme.LABEL_H3);
        TextField period = new TextField(m.get("admin.period"));
        period.setId("admin-billing-period");
        period.setPlaceholder("2026-03");
        period.setValue(YearMonth.from(time.today()).minusMonths(1).toString());
        ProgressBar progress = new ProgressBar();
        progress.setId("admin-billing-progress");
        progress.setWidth("100%");
        progress.setVisible(false);
        Label result = new Label();
        result.setId("admin-billing-result");
        result.setWidth("100%");
        Grid<RunSummary.Skipped> skipped = new Grid<>();
        skipped.setId("admin-billing-skipped");
        skipped.setWidth("100%");
        skipped.addColumn(RunSummary.Skipped::number).setCaption(m.get("admin.account"));
        skipped.addColumn(RunSummary.Skipped::reason).setCaption(m.get("admin.reason"));
        skipped.setVisible(false);
        Button preview = new Button(m.get("admin.preview"));
        preview.setId("admin-billing-preview");
        Button bill = new Button(m.get("admin.bill"));
        bill.setId("admin-billing-run");
        bill.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button close = new Button(m.get("admin.close"));
        close.setId("admin-billing-close");
        for (Button b : List.of(preview, bill)) {
            boolean dryRun = b == preview;
            b.addClickListener(e -> {
                YearMonth month = month(period, result, m);
                if (month == null) {
                    return;
                }
                UI ui = UI.getCurrent();
                progress.setValue(0f);
                progress.setVisible(true);
                preview.setEnabled(false);
                bill.setEnabled(false);
                result.setValue(m.get("admin.running", month.toString()));
                ui.setPollInterval(500);
                Progress follow = follow(ui, progress);
                CompletableFuture.supplyAsync(() -> billing.run(month, null, dryRun, context.staffName(), follow))
                        .whenComplete((summary, failure) -> ui.access(() -> {
                            ui.setPollInterval(-1);
                            progress.setVisible(false);
                            preview.setEnabled(true);
                            bill.setEnabled(true);
                            if (failure != null) {
                                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                                result.setValue(cause instanceof KabinetException k ? context.errorText(k) : m.get("admin.failed"));
                                result.addStyleName("kabinet-error");
                                skipped.setVisible(false);
                                return;
                            }
                            result.removeStyleName("kabinet-error");
                            result.setValue(m.get(dryRun ? "admin.previewDone" : "admin.runDone", summary.period().toString(),
                                    summary.accounts(), summary.lines(), BillingPage.money(summary.total(), m), summary.skipped().size()));
                            skipped.setItems(summary.skipped());
                            skipped.setVisible(!summary.skipped().isEmpty());
                        }));
            });
        }
        // closing cannot be undone: it asks first
        close.addClickListener(e -> {
            YearMonth month = month(period, result, m);
            if (month == null) {
                return;
            }
            com.vaadin.ui.Window confirm = new com.vaadin.ui.Window(m.get("admin.closeTitle", month.toString()));
            confirm.setId("admin-billing-close-confirm");
            confirm.setModal(true);
            confirm.addStyleName("kabinet-dialog");
            Button yes = new Button(m.get("admin.closeYes"), c -> {
                c.getButton().findAncestor(com.vaadin.ui.Window.class).close();
                try {
                    billing.closePeriod(month, context.staffName());
                } catch (KabinetException ex) {
                    // a month not over yet: closing it would keep it from ever being billed
                    result.setValue(context.errorText(ex));
                    result.addStyleName("kabinet-error");
                    return;
                }
                result.removeStyleName("kabinet-error");
                result.setValue(m.get("admin.closed", month.toString()));
            });
            yes.setId("admin-billing-close-yes");
            yes.addStyleName(ValoTheme.BUTTON_DANGER);
            Button no = new Button(m.get("admin.closeNo"), c -> c.getButton().findAncestor(com.vaadin.ui.Window.class).close());
            Label text = new Label(m.get("admin.closeText", month.toString()));
            text.setWidth("100%");
            VerticalLayout content = new VerticalLayout(text, new HorizontalLayout(yes, no));
            confirm.setContent(content);
            confirm.setWidth("480px");
            UI.getCurrent().addWindow(confirm);
        });
        VerticalLayout section = new VerticalLayout(title, period, new HorizontalLayout(preview, bill, close), progress, result, skipped);
        section.setMargin(false);
        section.setId("admin-billing-run-section");
        return section;
    }

    /** The month typed, or null with the error under the field; the previous action's result goes away either way. */
    private static YearMonth month(TextField period, Label result, Messages m) {
        FieldErrors.clear(period);
        result.setValue("");
        result.removeStyleName("kabinet-error");
        try {
            return YearMonth.parse(period.getValue().strip());
        } catch (DateTimeParseException e) {
            FieldErrors.show(period, m.get("admin.periodInvalid"));
            return null;
        }
    }

    /** Moves the bar from the job's thread, once per whole per cent (not once per account or line). */
    private static Progress follow(UI ui, ProgressBar bar) {
        java.util.concurrent.atomic.AtomicInteger shown = new java.util.concurrent.atomic.AtomicInteger(-1);
        return (done, total) -> {
            int percent = Progress.percent(done, total);
            if (shown.getAndSet(percent) != percent) {
                ui.access(() -> bar.setValue(percent / 100f));
            }
        };
    }

    private Component registry(AdminContext context, Messages m, String kind, int maxBytes,
                               BiFunction<byte[], Progress, RegistryImport> load) {
        Label title = new Label(m.get("admin." + kind + "Title"));
        title.addStyleName(ValoTheme.LABEL_H3);
        Label format = new Label(m.get("admin." + kind + "Format"));
        format.setWidth("100%");
        Label result = new Label();
        result.setId("admin-" + kind + "-result");
        result.setWidth("100%");
        Grid<RegistryImport.LineProblem> problems = new Grid<>();
        problems.setId("admin-" + kind + "-problems");
        problems.setWidth("100%");
        problems.addColumn(RegistryImport.LineProblem::line).setCaption(m.get("admin.line")).setWidth(100);
        problems.addColumn(RegistryImport.LineProblem::reason).setCaption(m.get("admin.reason"));
        problems.setVisible(false);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Upload upload = new Upload(null, (name, mime) -> {
            buffer.reset();
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (buffer.size() >= maxBytes) {
                        throw new IOException("too large");
                    }
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (buffer.size() + len > maxBytes) {
                        throw new IOException("too large");
                    }
                    buffer.write(b, off, len);
                }
            };
        });
        upload.setId("admin-" + kind + "-upload");
        upload.setButtonCaption(m.get("admin.upload"));
        upload.setImmediateMode(true);
        upload.addFailedListener(e -> {
            result.removeStyleName("kabinet-ok");
            result.setValue(m.get("admin.tooLarge", maxBytes / (1024 * 1024)));
            result.addStyleName("kabinet-error");
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("admin-" + kind + "-progress");
        progress.setWidth("100%");
        progress.setVisible(false);
        // a registry of a million lines takes a while: it loads in the background, the bar shows how far
        upload.addSucceededListener(e -> {
            byte[] file = buffer.toByteArray();
            buffer.reset();
            UI ui = UI.getCurrent();
            upload.setEnabled(false);
            problems.setVisible(false);
            result.removeStyleName("kabinet-error");
            result.removeStyleName("kabinet-ok");
            result.setValue(m.get("admin.loading", e.getFilename()));
            progress.setValue(0f);
            progress.setVisible(true);
            ui.setPollInterval(500);
            Progress follow = follow(ui, progress);
            CompletableFuture.supplyAsync(() -> load.apply(file, follow)).whenComplete((done, failure) -> ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                upload.setEnabled(true);
                if (failure != null) {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    result.setValue(cause instanceof KabinetException k ? context.errorText(k) : m.get("admin.failed"));
                    result.addStyleName("kabinet-error");
                } else if (done.accepted()) {
                    result.addStyleName("kabinet-ok");
                    result.setValue(m.get("admin.loaded", done.posted(), BillingPage.money(done.total(), m), done.alreadyPosted()));
                } else {
                    result.addStyleName("kabinet-error");
                    result.setValue(m.get("admin.rejected", done.problems().size()));
                    problems.setItems(done.problems());
                    problems.setVisible(true);
                }
            }));
        });
        VerticalLayout section = new VerticalLayout(title, format, upload, progress, result, problems);
        section.setMargin(false);
        section.setId("admin-" + kind + "-section");
        return section;
    }
}
