package org.kabinet.meters.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.LiveRefresh;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** «Журнал счётчиков» in {@code /admin}: every staff change to meters, windows and readings, newest first — when, who, what. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class MetersAuditAdminPage implements AdminPage {
    private static final int REFRESH_MILLIS = 15_000;
    private final MeterAdministration admin;
    private final PortalTime time;

    @Activate
    public MetersAuditAdminPage(@Reference MeterAdministration admin, @Reference PortalTime time) {
        this.admin = admin;
        this.time = time;
    }

    @Override
    public String id() {
        return "meters-audit";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.audit");
    }

    /** With the other logs (400–420). */
    @Override
    public int order() {
        return 430;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        Map<String, String> meters = new ConcurrentHashMap<>();
        Grid<MeterAudit> grid = new Grid<>();
        grid.setId("admin-meters-audit");
        grid.setWidth("100%");
        grid.addColumn(a -> when.format(a.at())).setCaption(m.get("admin.when")).setWidth(170);
        grid.addColumn(MeterAudit::by).setCaption(m.get("admin.who"));
        grid.addColumn(a -> m.getOr("admin.action." + a.action(), a.action())).setCaption(m.get("admin.action"));
        grid.addColumn(a -> a.meterId() == null ? "" : meters.getOrDefault(a.meterId(), a.meterId()))
                .setCaption(m.get("admin.meter")).setHidable(true);
        grid.addColumn(MeterAudit::detail).setCaption(m.get("admin.detail")).setDescriptionGenerator(MeterAudit::detail);
        Label refreshed = Parts.line("admin-meters-audit-refreshed");
        // a screenful at a time from the database; the meters it names read together, once
        grid.setDataProvider(com.vaadin.data.provider.DataProvider.fromCallbacks(query -> {
            java.util.List<MeterAudit> rows = admin.audit(query.getOffset(), query.getLimit());
            java.util.List<String> unknown = rows.stream().map(MeterAudit::meterId)
                    .filter(id -> id != null && !meters.containsKey(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                Map<String, Meter> found = admin.metersById(unknown);
                unknown.forEach(id -> meters.put(id, found.containsKey(id) ? meterName(found.get(id)) : id));
            }
            return rows.stream();
        }, query -> admin.countAudit()));
        Runnable load = () -> {
            grid.getDataProvider().refreshAll();
            refreshed.setValue(m.get("admin.refreshed", when.format(time.now())));
        };
        Button reload = Parts.plain("admin-meters-audit-reload", m.get("admin.reload"), e -> load.run());
        refreshed.setValue(m.get("admin.refreshed", when.format(time.now())));
        LiveRefresh.every(grid, REFRESH_MILLIS, load);
        refreshed.setWidthUndefined();
        HorizontalLayout bar = new HorizontalLayout(reload, refreshed);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        VerticalLayout page = new VerticalLayout(bar, grid);
        page.setMargin(false);
        return page;
    }

    /** «№ 12345678 · холодная вода». */
    private static String meterName(Meter meter) {
        return "№ " + meter.serialNumber() + " · " + meter.resource().nameRu().toLowerCase(Locale.ROOT);
    }
}
