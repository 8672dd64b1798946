package org.kabinet.billing.ui;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.kabinet.billing.api.DebtSms;
import org.kabinet.billing.api.DebtSmsRun;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.LiveRefresh;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «SMS о долге» in {@code /admin}: what this month's debt SMS would do (a preview with the figures and
 * the text itself), starting it before its day after a confirmation, and every run with what came of
 * its SMS — refreshing itself while open.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class DebtSmsAdminPage implements AdminPage {
    private static final int REFRESH_MILLIS = 10_000;
    /** How often the browser asks while a preview or a run is being worked on. */
    private static final int BUSY_MILLIS = 2_000;
    private final DebtSms debtSms;
    private final PortalTime time;

    @Activate
    public DebtSmsAdminPage(@Reference DebtSms debtSms, @Reference PortalTime time) {
        this.debtSms = debtSms;
        this.time = time;
    }

    @Override
    public String id() {
        return "debt-sms";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.debtSms");
    }

    @Override
    public int order() {
        return 420;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        Grid<DebtSmsRun> runs = runs(m, when);
        Label refreshed = StaffForms.line("admin-debt-sms-refreshed");
        Runnable load = () -> {
            List<DebtSmsRun> rows = debtSms.runs(50);
            runs.setItems(rows);
            runs.setHeightByRows(Math.max(1, Math.min(10, rows.size())));
            // widths follow the rows: measured on an empty grid they cut the month, the time and the name
            runs.recalculateColumnWidths();
            refreshed.setValue(m.get("admin.debtSmsRefreshed", when.format(time.now())));
        };
        load.run();
        LiveRefresh.every(runs, REFRESH_MILLIS, load);

        Label result = StaffForms.line("admin-debt-sms-result");
        VerticalLayout preview = new VerticalLayout();
        preview.setId("admin-debt-sms-preview-result");
        preview.setMargin(false);
        preview.setVisible(false);
        Button previewButton = new Button(m.get("admin.debtSmsPreview"));
        previewButton.setId("admin-debt-sms-preview");
        Button runButton = new Button(m.get("admin.debtSmsRun"));
        runButton.setId("admin-debt-sms-run");
        runButton.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Job job = new Job(runs, result, previewButton, runButton, context, m);
        previewButton.addClickListener(e -> job.start(true, m.get("admin.debtSmsPreviewing"), done -> {
            show(preview, done, m);
            result.setValue("");
        }));
        runButton.addClickListener(e -> confirm(m, () -> job.start(false, m.get("admin.debtSmsRunning"), done -> {
            preview.setVisible(false);
            result.setValue(m.get("admin.debtSmsDone", BillingPage.month(done.month(), m), done.queued(), done.alreadyQueued()));
            result.addStyleName("kabinet-ok");
            load.run();
        })));

        Button reload = new Button(m.get("admin.reload"), e -> load.run());
        reload.setId("admin-debt-sms-reload");
        HorizontalLayout bar = new HorizontalLayout(reload, refreshed);
        bar.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        CssLayout actions = new CssLayout(previewButton, runButton);
        actions.addStyleName("kabinet-filters");
        actions.setWidth("100%");
        VerticalLayout page = new VerticalLayout(
                StaffForms.section("admin-debt-sms-section", m.get("admin.debtSmsTitle"),
                        line("admin-debt-sms-hint", m.get("admin.debtSmsHint")), actions, result, preview),
                StaffForms.section("admin-debt-sms-runs-section", m.get("admin.debtSmsRuns"),
                        line("admin-debt-sms-runs-hint", m.get("admin.debtSmsRunsHint")), bar, runs));
        page.setMargin(false);
        return page;
    }

    private Grid<DebtSmsRun> runs(Messages m, DateTimeFormatter when) {
        Grid<DebtSmsRun> grid = new Grid<>();
        grid.setId("admin-debt-sms-runs");
        grid.setWidth("100%");
        grid.addColumn(r -> BillingPage.month(r.month(), m)).setCaption(m.get("admin.debtSmsMonth"));
        grid.addColumn(r -> when.format(r.startedAt())).setCaption(m.get("admin.debtSmsStarted"));
        grid.addColumn(DebtSmsRun::by).setCaption(m.get("admin.who"));
        grid.addColumn(r -> state(r.state(), m)).setCaption(m.get("billing.state"));
        grid.addColumn(DebtSmsRun::debtors).setCaption(m.get("admin.debtSmsDebtors"));
        grid.addColumn(DebtSmsRun::queued).setCaption(m.get("admin.debtSmsQueued"));
        // why the others got none: in the column menu, so the columns that matter fit 1366 px without scrolling
        grid.addColumn(DebtSmsRun::alreadyQueued).setCaption(m.get("admin.debtSmsBefore")).setHidable(true).setHidden(true);
        grid.addColumn(DebtSmsRun::noPhone).setCaption(m.get("admin.debtSmsNoPhone")).setHidable(true).setHidden(true);
        grid.addColumn(DebtSmsRun::switchedOff).setCaption(m.get("admin.debtSmsOff")).setHidable(true).setHidden(true);
        grid.addColumn(DebtSmsRun::sent).setCaption(m.get("admin.debtSmsSent")).setHidable(true);
        grid.addColumn(DebtSmsRun::delivered).setCaption(m.get("admin.debtSmsDelivered")).setHidable(true);
        grid.addColumn(DebtSmsRun::failed).setCaption(m.get("admin.debtSmsFailed")).setHidable(true);
        return grid;
    }

    /** RUNNING, DONE, INTERRUPTED in words; a state this page does not know yet as it is. */
    static String state(String state, Messages m) {
        try {
            return m.get("admin.debtSmsState." + state);
        } catch (MissingResourceException e) {
            return state;
        }
    }

    /** The preview's figures and the text one SMS would carry, with its length and how many SMS it takes. */
    private static void show(VerticalLayout preview, DebtSmsRun run, Messages m) {
        preview.removeAllComponents();
        preview.addComponent(StaffForms.subheading(m.get("admin.debtSmsPreviewOf", BillingPage.month(run.month(), m),
                BillingPage.money(run.threshold(), m))));
        FormLayout figures = new FormLayout();
        figures.setMargin(false);
        figures.addComponents(
                figure("admin-debt-sms-debtors", m.get("admin.debtSmsDebtorsLong"), run.debtors()),
                figure("admin-debt-sms-found", m.get("admin.debtSmsFound"), run.found()),
                figure("admin-debt-sms-would-queue", m.get("admin.debtSmsWouldQueue"), run.queued()),
                figure("admin-debt-sms-already", m.get("admin.debtSmsAlready"), run.alreadyQueued()),
                figure("admin-debt-sms-no-phone", m.get("admin.debtSmsNoPhoneLong"), run.noPhone()),
                figure("admin-debt-sms-off", m.get("admin.debtSmsOffLong"), run.switchedOff()));
        preview.addComponent(figures);
        if (run.sampleText() == null) {
            preview.addComponent(line("admin-debt-sms-text", m.get("admin.debtSmsNoText")));
        } else {
            preview.addComponent(StaffForms.subheading(m.get("admin.debtSmsText", run.sampleText().length(),
                    SmsRequest.segments(run.sampleText()))));
            // the text as the tenant's phone shows it: in a card of its own
            VerticalLayout card = new VerticalLayout(line("admin-debt-sms-text", run.sampleText()));
            card.addStyleName("kabinet-card");
            card.setWidth("100%");
            preview.addComponent(card);
        }
        preview.addComponent(line("admin-debt-sms-nothing-sent", m.get("admin.debtSmsNothingSent")));
        preview.setVisible(true);
    }

    private static Label line(String id, String text) {
        Label label = StaffForms.line(id);
        label.setValue(text);
        return label;
    }

    private static Label figure(String id, String caption, int value) {
        Label label = new Label(String.valueOf(value));
        label.setId(id);
        label.setCaption(caption);
        return label;
    }

    /** Sending cannot be taken back: it asks first. */
    private static void confirm(Messages m, Runnable yes) {
        Window dialog = new Window(m.get("admin.debtSmsConfirmTitle"));
        dialog.setId("admin-debt-sms-confirm");
        dialog.setModal(true);
        dialog.setResizable(false);
        dialog.addStyleName("kabinet-dialog");
        dialog.setWidth("520px");
        Button go = new Button(m.get("admin.debtSmsConfirmYes"), e -> {
            dialog.close();
            yes.run();
        });
        go.setId("admin-debt-sms-confirm-yes");
        go.addStyleName(ValoTheme.BUTTON_DANGER);
        Button no = new Button(m.get("admin.closeNo"), e -> dialog.close());
        no.setId("admin-debt-sms-confirm-no");
        Label text = new Label(m.get("admin.debtSmsConfirmText"));
        text.setWidth("100%");
        dialog.setContent(new VerticalLayout(text, new HorizontalLayout(go, no)));
        UI.getCurrent().addWindow(dialog);
    }

    /**
     * A preview or a run in the background (a large company has many accounts): the buttons wait, the
     * browser asks more often meanwhile, and the answer — or the reason it failed — comes back to the page.
     */
    private final class Job {
        private final Grid<DebtSmsRun> runs;
        private final Label result;
        private final Button preview;
        private final Button run;
        private final AdminContext context;
        private final Messages m;

        Job(Grid<DebtSmsRun> runs, Label result, Button preview, Button run, AdminContext context, Messages m) {
            this.runs = runs;
            this.result = result;
            this.preview = preview;
            this.run = run;
            this.context = context;
            this.m = m;
        }

        void start(boolean dryRun, String working, Consumer<DebtSmsRun> done) {
            UI ui = UI.getCurrent();
            String by = context.staffName();
            result.removeStyleName("kabinet-ok");
            result.removeStyleName("kabinet-error");
            result.setValue(working);
            preview.setEnabled(false);
            run.setEnabled(false);
            ui.setPollInterval(BUSY_MILLIS);
            CompletableFuture.supplyAsync(() -> debtSms.run(dryRun, by)).whenComplete((answer, failure) -> ui.access(() -> {
                // back to the page's own refresh while it is open, none once it is left
                ui.setPollInterval(runs.isAttached() ? REFRESH_MILLIS : -1);
                preview.setEnabled(true);
                run.setEnabled(true);
                if (failure != null) {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    result.setValue(cause instanceof KabinetException k ? context.errorText(k) : m.get("admin.debtSmsError"));
                    result.addStyleName("kabinet-error");
                    return;
                }
                done.accept(answer);
            }));
        }
    }
}
