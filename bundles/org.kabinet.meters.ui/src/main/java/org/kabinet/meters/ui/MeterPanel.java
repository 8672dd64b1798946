package org.kabinet.meters.ui;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.money.Money;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.api.WindowState;
import org.kabinet.ui.spi.BarChart;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.PageContext;

/**
 * One meter on «Показания» (element ids {@code meter-<serial>-…}): what it is and its verification date,
 * whether this period's reading is in, the previous reading, the form — one field per tariff zone and the
 * day taken, what a reading sent now will do (told before sending), the status and its reason after —
 * its own name, and on request its history and a chart of the last 12 months' consumption. On an account the
 * tenant only views, no form and no naming (the page says why once per account).
 */
final class MeterPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int CHART_MONTHS = 12;
    /** Bars by readings in the theme's brand colour; months estimated by the average in grey. */
    private static final String BY_READINGS = "#1f5f8b";
    private static final String BY_AVERAGE = "#8a96a3";
    /** The history's columns a phone shows: date, values, status; the others are a tap away in the column menu. */
    private static final Set<String> PHONE_COLUMNS = Set.of("date", "values", "status");

    private final transient TenantMeters meters;
    private final transient PortalTime time;
    private final transient PageContext context;
    private final Messages m;
    private final String id;
    private final WindowState window;
    private Meter meter;
    private List<Reading> history;
    private final Label title = Parts.text("");
    private final Label period;
    private final Label previous;
    private final VerticalLayout historyBox = new VerticalLayout();
    private Button toggle;

    MeterPanel(Meter meter, String domId, WindowState window, boolean writable, TenantMeters meters, PortalTime time, PageContext context,
               Messages m) {
        this.meter = meter;
        this.meters = meters;
        this.time = time;
        this.context = context;
        this.m = m;
        this.window = window;
        this.id = "meter-" + domId;
        this.history = meters.history(context.tenantId(), meter.id());
        setId(id);
        addStyleName("kabinet-card");
        addStyleName("kabinet-meter");
        setWidth("100%");
        title.setId(id + "-title");
        title.addStyleName(ValoTheme.LABEL_BOLD);
        title.setValue(MeterTexts.title(meter, m));
        Label details = Parts.text(MeterTexts.details(meter, m));
        details.setId(id + "-details");
        MeterTexts.Note due = MeterTexts.verification(meter, time.today(), m);
        Label verification = Parts.note(due);
        verification.setId(id + "-verification");
        // what the meter is, in one tight block; a verification warning stands apart
        VerticalLayout about = new VerticalLayout(title, details);
        about.setMargin(false);
        about.setSpacing(false);
        if (due.tone() == MeterTexts.Tone.PLAIN) {
            about.addComponent(verification);
            addComponent(about);
        } else {
            addComponents(about, verification);
        }
        period = Parts.line(id + "-period");
        previous = Parts.line(id + "-previous");
        historyBox.setId(id + "-history-box");
        historyBox.setMargin(false);
        historyBox.setVisible(false);
        if (meter.state() == MeterState.ACTIVE) {
            addComponents(period, previous);
            if (writable) {
                addComponent(form());
            }
        } else {
            addComponent(Parts.note(new MeterTexts.Note(m.get("meters.archivedNote"), MeterTexts.Tone.PLAIN)));
        }
        toggle = Parts.link(id + "-history-toggle", m.get("meters.historyShow"), e -> showHistory(!historyBox.isVisible()));
        if (writable) {
            Label renamed = Parts.line(id + "-name-result");
            renamed.setVisible(false);
            VerticalLayout rename = renameForm(renamed);
            rename.setVisible(false);
            Button renameLink = Parts.link(id + "-rename", m.get("meters.rename"), e -> {
                Parts.clear(renamed);
                rename.setVisible(!rename.isVisible());
            });
            addComponents(Parts.buttons(toggle, renameLink), rename, renamed, historyBox);
        } else {
            addComponents(Parts.buttons(toggle), historyBox);
        }
        refreshState();
    }

    /** The fields (one per zone, the day taken), the preview of what will happen, «Передать», the outcome. */
    private Component form() {
        List<TextField> values = new ArrayList<>();
        for (int zone = 1; zone <= meter.zones(); zone++) {
            TextField value = Parts.numberField(id + "-value-" + zone, MeterTexts.zoneCaption(zone, meter, m));
            value.setPlaceholder(m.get("meters.valuePlaceholder"));
            values.add(value);
        }
        LocalDate today = time.today();
        DateField taken = Parts.date(id + "-taken", m.get("meters.takenOn"), m);
        taken.setValue(today);
        taken.setRangeEnd(today);
        Label preview = Parts.line(id + "-preview");
        Label status = Parts.line(id + "-status");
        status.setVisible(false);
        Button send = Parts.primary(id + "-send", m.get("meters.send"), null);
        Runnable previewNow = () -> {
            FieldErrors.clear(taken);
            LocalDate day = taken.getValue() == null ? today : taken.getValue();
            try {
                SubmissionPreview p = meters.preview(context.tenantId(), meter.id(), day);
                Parts.show(preview, previewNote(p));
                send.setEnabled(!p.refused());
            } catch (ValidationException e) {
                Parts.clear(preview);
                FieldErrors.show(taken, context.errorText(e));
                send.setEnabled(false);
            } catch (KabinetException e) {
                Parts.show(preview, new MeterTexts.Note(context.errorText(e), MeterTexts.Tone.ERROR));
                send.setEnabled(false);
            }
        };
        taken.addValueChangeListener(e -> previewNow.run());
        send.addClickListener(e -> {
            List<AbstractComponent> fields = new ArrayList<>(values);
            fields.add(taken);
            FieldErrors.clear(fields.toArray(AbstractComponent[]::new));
            Parts.clear(status);
            List<BigDecimal> typed = new ArrayList<>();
            for (TextField value : values) {
                Optional<String> problem = problem(value.getValue());
                if (problem.isPresent()) {
                    FieldErrors.show(value, problem.get());
                    continue;
                }
                typed.add(Money.parse(value.getValue().strip()));
            }
            if (taken.getValue() == null) {
                FieldErrors.show(taken, m.get("meters.dateMissing"));
                return;
            }
            if (typed.size() < values.size()) {
                return;
            }
            try {
                Reading r = meters.submit(context.tenantId(), meter.id(), new Submission(typed, taken.getValue()), ReadingSource.CABINET,
                        context.tenantId());
                Parts.show(status, MeterTexts.outcome(r, m));
                if (r.status() != ReadingStatus.REJECTED) {
                    values.forEach(TextField::clear);
                }
                history = meters.history(context.tenantId(), meter.id());
                refreshState();
                showHistory(true);
                previewNow.run();
            } catch (ValidationException ex) {
                Map<String, AbstractComponent> byField = new java.util.HashMap<>();
                byField.put("values", values.get(0));
                byField.put("takenOn", taken);
                for (int zone = 1; zone <= values.size(); zone++) {
                    byField.put("values[" + (zone - 1) + "]", values.get(zone - 1));
                    byField.put("value" + zone, values.get(zone - 1));
                }
                FieldErrors.show(ex, context.errorText(ex), byField, values.get(0));
            } catch (KabinetException ex) {
                Parts.show(status, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
            }
        });
        previewNow.run();
        List<Component> cells = new ArrayList<>(values);
        cells.add(taken);
        VerticalLayout form = new VerticalLayout(Parts.cells(cells.toArray(Component[]::new)), preview, send, status);
        form.setMargin(false);
        form.setId(id + "-form");
        return form;
    }

    /** What is wrong with a typed value, in words for under the field; empty when it is a number. */
    Optional<String> problem(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of(m.get("meters.valueMissing"));
        }
        try {
            BigDecimal number = Money.parse(value);
            return number.signum() < 0 ? Optional.of(m.get("meters.valueNegative")) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(m.get("meters.valueInvalid"));
        }
    }

    /** The preview in its tone: refused in red (with the next window), late in amber (the next period), on time plain. */
    private MeterTexts.Note previewNote(SubmissionPreview p) {
        String text = p.message() == null || p.message().isBlank() ? m.get("meters.previewOnTime", MeterTexts.month(p.period(), m)) : p.message();
        return new MeterTexts.Note(text, p.refused() ? MeterTexts.Tone.ERROR : p.late() ? MeterTexts.Tone.WARNING : MeterTexts.Tone.PLAIN);
    }

    /** This period's state and the previous reading, from the history as it is now. */
    private void refreshState() {
        YearMonth now = MeterTexts.period(window);
        Parts.show(period, MeterTexts.periodState(history, now, meter, m));
        // the reading a new one is compared with: the last one that counts, of an earlier period
        Optional<Reading> last = history.stream().filter(r -> r.current() && r.status() == ReadingStatus.ACCEPTED && r.period().isBefore(now))
                .max(Comparator.comparing(Reading::period).thenComparing(Reading::submittedAt));
        String text = last.map(r -> m.get("meters.previous", MeterTexts.values(r.values(), m), MeterTexts.DAY.format(r.takenOn())))
                .orElseGet(() -> meter.initialValues().isEmpty() ? ""
                        : m.get("meters.initial", MeterTexts.values(meter.initialValues(), m)));
        Parts.show(previous, new MeterTexts.Note(text, MeterTexts.Tone.PLAIN));
        if (historyBox.isVisible()) {
            fillHistory();
        }
    }

    private void showHistory(boolean open) {
        historyBox.setVisible(open);
        toggle.setCaption(m.get(open ? "meters.historyHide" : "meters.historyShow"));
        if (open) {
            fillHistory();
        }
    }

    /** The chart of the last 12 months and the table of readings, built when the history is opened. */
    private void fillHistory() {
        historyBox.removeAllComponents();
        if (history.isEmpty()) {
            Label none = Parts.text(m.get("meters.historyEmpty"));
            none.setId(id + "-history-empty");
            historyBox.addComponent(none);
            return;
        }
        historyBox.addComponents(Parts.subheading(m.get("meters.chartTitle", CHART_MONTHS)), chart(), Parts.subheading(m.get("meters.history")),
                Parts.text(m.get("meters.historyHint")), grid());
    }

    private Component chart() {
        List<MonthlyConsumption> months = meters.consumption(context.tenantId(), meter.id(), CHART_MONTHS);
        List<Double> byReadings = new ArrayList<>();
        List<Double> byAverage = new ArrayList<>();
        for (MonthlyConsumption c : months) {
            Double volume = c.volume() == null ? null : c.volume().doubleValue();
            byReadings.add(c.basis() == MonthlyConsumption.Basis.BY_READINGS ? volume : null);
            byAverage.add(c.basis() == MonthlyConsumption.Basis.BY_AVERAGE ? volume : null);
        }
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series(m.get("meters.byReadings"), BY_READINGS, byReadings));
        if (byAverage.stream().anyMatch(v -> v != null)) {
            series.add(new BarChart.Series(m.get("meters.byAverage"), BY_AVERAGE, byAverage));
        }
        BarChart chart = new BarChart().unit(MeterTexts.unit(meter.resource(), m), 0, 3).stacked(true);
        chart.setId(id + "-chart");
        chart.setHeight("220px");
        chart.show(months.stream().map(c -> MeterTexts.shortMonth(c.period(), m)).toList(), series,
                m.get("meters.chartDescription", MeterTexts.kind(meter, m), months.size()));
        return chart;
    }

    private Component grid() {
        Grid<Reading> grid = new Grid<>();
        grid.setId(id + "-history");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(12, history.size())));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        String unit = MeterTexts.unit(meter.resource(), m);
        grid.addColumn(r -> SHORT_DAY.format(r.takenOn())).setCaption(m.get("meters.col.date")).setId("date");
        grid.addColumn(r -> MeterTexts.month(r.period(), m)).setCaption(m.get("meters.col.period")).setId("period");
        grid.addColumn(r -> MeterTexts.values(r.values(), m)).setCaption(m.get("meters.col.values")).setId("values");
        grid.addColumn(r -> r.consumption() == null ? "—" : MeterTexts.number(r.consumption(), m) + " " + unit)
                .setCaption(m.get("meters.col.consumption")).setId("consumption");
        Set<String> replaced = MeterTexts.replaced(history);
        grid.addColumn(r -> MeterTexts.statusInHistory(r, replaced, m)).setCaption(m.get("meters.col.status")).setId("status");
        grid.addColumn(Reading::reason).setCaption(m.get("meters.col.reason")).setId("reason").setDescriptionGenerator(Reading::reason);
        grid.addColumn(r -> MeterTexts.source(r, m)).setCaption(m.get("meters.col.source")).setId("source");
        // the grid's width is shared out by these ratios above each column's minimum, never by the cells' text: a long
        // value or reason is cut with «…» (the row's details show it whole) instead of pushing status off the screen
        COLUMN_WIDTHS.forEach((column, width) -> grid.getColumn(column).setMinimumWidthFromContent(false)
                .setMinimumWidth(width[0]).setExpandRatio(width[1]));
        grid.getColumns().forEach(c -> c.setHidable(true));
        // a tap on a row shows its whole reason under it (a long reason does not fit a cell, and a phone hides the column)
        grid.setDetailsGenerator(r -> {
            Label reason = Parts.text(m.get(replaced.contains(r.id()) ? "meters.detailsReplaced" : "meters.details", MeterTexts.status(r.status(), m), r.reason(),
                    MeterTexts.source(r, m)));
            VerticalLayout details = new VerticalLayout(reason);
            details.setMargin(new com.vaadin.shared.ui.MarginInfo(false, true, false, true));
            return details;
        });
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.setItems(history);
        grid.addAttachListener(e -> narrow(grid, grid.getUI().getPage().getBrowserWindowWidth()));
        return grid;
    }

    /** «26.11.26»: a history row's date, short enough for a phone's column (the row's details say more). */
    private static final java.time.format.DateTimeFormatter SHORT_DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yy");

    /**
     * Each history column's minimum width in px (a date and «На проверке» whole, with the theme's padding) and its share
     * of the rest: date, values and status fit a phone's 330 px, all seven the 780 px of a desktop card.
     */
    private static final java.util.Map<String, int[]> COLUMN_WIDTHS = java.util.Map.of("date", new int[] {118, 0},
            "period", new int[] {120, 0}, "values", new int[] {90, 2}, "consumption", new int[] {80, 0},
            "status", new int[] {118, 0}, "reason", new int[] {120, 3}, "source", new int[] {110, 0});

    /** Below 768 px only date, values and status show; the other columns stay a tap away in the grid's column menu. */
    private static void narrow(Grid<Reading> grid, int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < 768;
        grid.getColumns().forEach(c -> c.setHidden(phone && !PHONE_COLUMNS.contains(c.getId())));
    }

    /** The tenant's own name for the meter («кухня»): saved at once, empty removes it. */
    private VerticalLayout renameForm(Label result) {
        TextField name = Parts.field(id + "-name", m.get("meters.name"));
        name.setValue(meter.name());
        name.setMaxLength(40);
        name.setPlaceholder(m.get("meters.namePlaceholder"));
        VerticalLayout box = new VerticalLayout();
        Button save = Parts.primary(id + "-name-save", m.get("meters.nameSave"), e -> {
            FieldErrors.clear(name);
            Parts.clear(result);
            try {
                meter = meters.rename(context.tenantId(), meter.id(), name.getValue().strip());
                title.setValue(MeterTexts.title(meter, m));
                box.setVisible(false);
                Parts.show(result, new MeterTexts.Note(meter.name().isEmpty() ? m.get("meters.nameRemoved") : m.get("meters.nameSaved", meter.name()),
                        MeterTexts.Tone.OK));
            } catch (ValidationException ex) {
                FieldErrors.show(name, context.errorText(ex));
            } catch (KabinetException ex) {
                Parts.show(result, new MeterTexts.Note(context.errorText(ex), MeterTexts.Tone.ERROR));
            }
        });
        Button cancel = Parts.plain(id + "-name-cancel", m.get("meters.cancel"), e -> {
            FieldErrors.clear(name);
            name.setValue(meter.name());
            Parts.clear(result);
            box.setVisible(false);
        });
        box.addComponents(Parts.text(m.get("meters.nameHint")), name, Parts.buttons(save, cancel));
        box.setMargin(false);
        box.setId(id + "-rename-form");
        return box;
    }
}
