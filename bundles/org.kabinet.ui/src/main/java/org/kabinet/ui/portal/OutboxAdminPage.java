package org.kabinet.ui.portal;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Outgoing SMS: what waits (quiet hours, back-off), what went, what the provider reported delivered or
 * not (with the times: proof of delivery of a debt warning), what failed — and another try.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class OutboxAdminPage implements AdminPage {
    private final OutboxAdministration outbox;
    private final PortalTime time;

    @Activate
    public OutboxAdminPage(@Reference OutboxAdministration outbox, @Reference PortalTime time) {
        this.outbox = outbox;
        this.time = time;
    }

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.sms");
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create(AdminContext context) {
        Messages m = new Messages(context.locale());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
        ComboBox<String> state = new ComboBox<>(m.get("admin.status"), List.of("PENDING", "SENT", "FAILED"));
        state.setId("admin-sms-state");
        state.setItemCaptionGenerator(s -> m.get("outbox.state." + s));
        Grid<OutboxEntry> sms = new Grid<>();
        sms.setId("admin-sms");
        sms.setWidth("100%");
        sms.addColumn(e -> when.format(e.createdAt())).setCaption(m.get("admin.when"));
        sms.addColumn(OutboxEntry::recipient).setCaption(m.get("accounts.phone"));
        sms.addColumn(OutboxEntry::text).setCaption(m.get("admin.smsText"));
        sms.addColumn(e -> m.get("outbox.state." + status(e))).setCaption(m.get("admin.status"));
        sms.addColumn(e -> e.sentAt() == null ? "" : when.format(e.sentAt())).setCaption(m.get("admin.sentAt"));
        sms.addColumn(e -> e.deliveryAt() == null ? "" : when.format(e.deliveryAt())).setCaption(m.get("admin.deliveryAt"));
        sms.addColumn(OutboxEntry::attempts).setCaption(m.get("admin.attempts"));
        sms.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setCaption(m.get("admin.lastError"));
        sms.addColumn(e -> e.deliveryDetail() == null ? "" : e.deliveryDetail()).setCaption(m.get("admin.deliveryDetail"));
        Label refreshed = new Label();
        refreshed.setId("admin-sms-refreshed");
        Runnable reload = () -> {
            sms.setItems(outbox.entries("SMS", state.getValue(), 500));
            refreshed.setValue(m.get("admin.refreshed", when.format(java.time.Instant.now())));
        };
        // a message's state changes by itself (sent, retried, failed): the list follows while the tab is open
        org.kabinet.ui.spi.LiveRefresh.every(sms, 15_000, reload);
        state.addValueChangeListener(e -> reload.run());
        Label result = new Label();
        result.setId("admin-sms-result");
        Button retry = Forms.primary("admin-sms-retry", m.get("admin.retry"), e -> {
            OutboxEntry selected = sms.asSingleSelect().getValue();
            result.setValue(selected != null && outbox.retry(selected.id()) ? m.get("admin.retried") : m.get("admin.selectFailed"));
            reload.run();
        });
        reload.run();
        HorizontalLayout bar = new HorizontalLayout(state, new Button(m.get("admin.reload"), e -> reload.run()), refreshed);
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        VerticalLayout tab = new VerticalLayout(bar, sms, retry, result);
        tab.setMargin(false);
        return tab;
    }

    /** Queued, sent, delivered, not delivered (the provider's report) or not sent (failed here). */
    static String status(OutboxEntry e) {
        if ("SENT".equals(e.state()) && "DELIVERED".equals(e.deliveryState())) {
            return "DELIVERED";
        }
        if ("SENT".equals(e.state()) && "FAILED".equals(e.deliveryState())) {
            return "UNDELIVERED";
        }
        return e.state();
    }
}
