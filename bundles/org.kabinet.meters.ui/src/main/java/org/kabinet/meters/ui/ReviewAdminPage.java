package org.kabinet.meters.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.Reading;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.LiveRefresh;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Проверка показаний» in {@code /admin}: the readings flagged for review (consumption far above the
 * meter's own history), oldest first; pick one to see the meter's recent months beside it, then accept
 * it or reject it with a reason the tenant will read.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class ReviewAdminPage implements AdminPage {
    /** How many periods before the flagged one the decision shows. */
    static final int HISTORY_MONTHS = 6;
    private static final int REFRESH_MILLIS = 15_000;
    private final MeterAdministration admin;
    private final AccountAdministration accounts;
    private final PortalTime time;

    @Activate
    public ReviewAdminPage(@Reference MeterAdministration admin, @Reference AccountAdministration accounts, @Reference PortalTime time) {
        this.admin = admin;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return "meter-review";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.review");
    }

    @Override
    public int order() {
        return 285;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        Map<String, Meter> meters = new ConcurrentHashMap<>();
        Map<String, String> accountNames = new ConcurrentHashMap<>();
        java.util.function.Function<String, Meter> meterOf = id -> meters.computeIfAbsent(id, admin::meter);
        Grid<Reading> queue = new Grid<>();
        queue.setId("admin-review-grid");
        queue.setWidth("100%");
        queue.addColumn(r -> when.format(r.submittedAt())).setCaption(m.get("admin.submitted")).setId("submitted");
        queue.addColumn(r -> accountNames.computeIfAbsent(meterOf.apply(r.meterId()).accountId(), this::accountName))
                .setCaption(m.get("admin.account")).setId("account").setMaximumWidth(320);
        queue.addColumn(r -> meterText(meterOf.apply(r.meterId()), m)).setCaption(m.get("admin.meter")).setId("meter");
        queue.addColumn(r -> MeterTexts.month(r.period(), m)).setCaption(m.get("meters.col.period")).setId("period").setHidable(true);
        queue.addColumn(r -> MeterTexts.values(r.values(), m)).setCaption(m.get("meters.col.values")).setId("values");
        queue.addColumn(r -> r.consumption() == null ? "—" : MeterTexts.number(r.consumption(), m) + " "
                        + MeterTexts.unit(meterOf.apply(r.meterId()).resource(), m)).setCaption(m.get("meters.col.consumption"))
                .setId("consumption");
        queue.addColumn(Reading::reason).setCaption(m.get("admin.flaggedWhy")).setId("reason").setDescriptionGenerator(Reading::reason)
                .setExpandRatio(1).setMinimumWidthFromContent(false).setMinimumWidth(120);
        Label count = Parts.line("admin-review-count");
        Label result = Parts.line("admin-review-result");
        result.setVisible(false);
        VerticalLayout detail = new VerticalLayout();
        detail.setMargin(false);
        detail.setId("admin-review-detail");
        // a screenful at a time from the database; its meters and their accounts read together, once
        queue.setDataProvider(com.vaadin.data.provider.DataProvider.fromCallbacks(query -> {
            List<Reading> rows = admin.reviewQueue(query.getOffset(), query.getLimit());
            remember(rows, meters, accountNames);
            return rows.stream();
        }, query -> admin.countReviewQueue()));
        Runnable load = () -> {
            int waiting = admin.countReviewQueue();
            queue.getDataProvider().refreshAll();
            queue.setHeightByRows(Math.max(1, Math.min(10, waiting)));
            queue.setVisible(waiting > 0);
            count.setValue(waiting == 0 ? m.get("admin.reviewEmpty") : m.get("admin.reviewCount", waiting));
            detail.removeAllComponents();
        };
        queue.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAllComponents();
            if (e.getValue() != null) {
                detail.addComponent(decision(e.getValue(), meterOf.apply(e.getValue().meterId()), context, m, result, load));
            }
        });
        Button reload = Parts.plain("admin-review-reload", m.get("admin.reload"), e -> {
            Parts.clear(result);
            load.run();
        });
        load.run();
        // new flagged readings show up by themselves, but never while a reading is open for a decision
        LiveRefresh.every(queue, REFRESH_MILLIS, () -> {
            if (queue.asSingleSelect().isEmpty()) {
                load.run();
            }
        });
        count.setWidthUndefined();
        Component bar = Parts.buttons(reload, count);
        VerticalLayout page = new VerticalLayout(Parts.text(m.get("admin.reviewHint")), bar, result, queue, detail);
        page.setMargin(false);
        return page;
    }

    /** The flagged reading beside the meter's recent months, a reason field, «Принять» and «Отклонить». */
    private Component decision(Reading reading, Meter meter, AdminContext context, Messages m, Label result, Runnable load) {
        Label heading = Parts.text(m.get("admin.reviewHeading", meterText(meter, m), accountName(meter.accountId())));
        heading.addStyleName(ValoTheme.LABEL_H3);
        heading.setId("admin-review-heading");
        Label flagged = Parts.note(new MeterTexts.Note(m.get("admin.reviewReading", MeterTexts.values(reading.values(), m),
                MeterTexts.DAY.format(reading.takenOn()), MeterTexts.month(reading.period(), m), reading.reason()), MeterTexts.Tone.WARNING));
        flagged.setId("admin-review-reading");
        List<Reading> recent = recent(meter, reading.period());
        Component months;
        if (recent.isEmpty()) {
            months = Parts.text(m.get("admin.reviewNoHistory"));
        } else {
            Grid<Reading> grid = new Grid<>();
            grid.setId("admin-review-history");
            grid.setWidth("100%");
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            grid.addColumn(r -> MeterTexts.month(r.period(), m)).setCaption(m.get("meters.col.period"));
            grid.addColumn(r -> MeterTexts.DAY.format(r.takenOn())).setCaption(m.get("meters.col.date"));
            grid.addColumn(r -> MeterTexts.values(r.values(), m)).setCaption(m.get("meters.col.values"));
            String unit = MeterTexts.unit(meter.resource(), m);
            grid.addColumn(r -> r.consumption() == null ? "—" : MeterTexts.number(r.consumption(), m) + " " + unit)
                    .setCaption(m.get("meters.col.consumption"));
            grid.addColumn(r -> MeterTexts.status(r.status(), m)).setCaption(m.get("meters.col.status"));
            grid.addColumn(r -> MeterTexts.source(r, m)).setCaption(m.get("meters.col.source"));
            grid.setItems(recent);
            grid.setHeightByRows(recent.size());
            months = grid;
        }
        TextField reason = Parts.field("admin-review-reason", m.get("admin.reviewReason"));
        reason.setWidth("100%");
        reason.setPlaceholder(m.get("admin.reviewReasonPlaceholder"));
        Button accept = Parts.primary("admin-review-accept", m.get("admin.accept"), e -> review(reading, true, reason, context, m, result, load));
        Button reject = Parts.plain("admin-review-reject", m.get("admin.reject"), e -> review(reading, false, reason, context, m, result, load));
        reject.addStyleName(ValoTheme.BUTTON_DANGER);
        VerticalLayout box = new VerticalLayout(heading, flagged, Parts.text(m.get("admin.reviewHistory", HISTORY_MONTHS)), months, reason,
                Parts.buttons(accept, reject));
        box.setMargin(false);
        return box;
    }

    private void review(Reading reading, boolean accept, TextField reason, AdminContext context, Messages m, Label result, Runnable load) {
        FieldErrors.clear(reason);
        Parts.clear(result);
        try {
            Reading done = admin.review(reading.id(), accept, reason.getValue().strip(), context.staffName());
            load.run();
            Meter meter = admin.meter(done.meterId());
            Parts.show(result, new MeterTexts.Note(m.get(accept ? "admin.reviewAccepted" : "admin.reviewRejected", meter.serialNumber(),
                    MeterTexts.month(done.period(), m)), MeterTexts.Tone.OK));
        } catch (ValidationException e) {
            if ("meters.review.notFlagged".equals(e.code())) {
                load.run();
                Parts.show(result, new MeterTexts.Note(context.errorText(e), MeterTexts.Tone.ERROR));
            } else {
                FieldErrors.show(reason, context.errorText(e));
            }
        } catch (KabinetException e) {
            Parts.show(result, new MeterTexts.Note(context.errorText(e), MeterTexts.Tone.ERROR));
        }
    }

    /**
     * The meter's counted readings of the periods before {@code period}, newest first. The staff API lists
     * readings by period, so this asks for each of the last few periods.
     */
    private List<Reading> recent(Meter meter, YearMonth period) {
        List<Reading> found = new ArrayList<>();
        for (int back = 1; back <= HISTORY_MONTHS; back++) {
            admin.readings(period.minusMonths(back)).stream().filter(r -> r.meterId().equals(meter.id())).forEach(found::add);
        }
        found.sort(Comparator.comparing(Reading::period).reversed());
        return found;
    }

    static String meterText(Meter meter, Messages m) {
        return MeterTexts.kind(meter, m) + " · № " + meter.serialNumber();
    }

    /** Reads the meters of these readings and their accounts that are not known yet: two queries, not two per row. */
    private void remember(List<Reading> rows, Map<String, Meter> meters, Map<String, String> accountNames) {
        List<String> unknownMeters = rows.stream().map(Reading::meterId).filter(id -> !meters.containsKey(id)).distinct().toList();
        if (!unknownMeters.isEmpty()) {
            meters.putAll(admin.metersById(unknownMeters));
        }
        List<String> unknownAccounts = rows.stream().map(r -> meters.get(r.meterId())).filter(java.util.Objects::nonNull)
                .map(Meter::accountId).filter(id -> !accountNames.containsKey(id)).distinct().toList();
        if (!unknownAccounts.isEmpty()) {
            Map<String, Account> found = accounts.accountsById(unknownAccounts);
            unknownAccounts.forEach(id -> accountNames.put(id, found.containsKey(id) ? accountName(found.get(id)) : id));
        }
    }

    private static String accountName(Account a) {
        return a.number() + " · " + a.city().name() + ", " + a.address();
    }

    /** «8600001 · ул. Мира, д. 5, кв. 1», or the id of an account no longer there. */
    private String accountName(String id) {
        try {
            Account a = accounts.account(id);
            return a.number() + " · " + a.city().name() + ", " + a.address();
        } catch (NotFoundException e) {
            return id;
        }
    }
}
