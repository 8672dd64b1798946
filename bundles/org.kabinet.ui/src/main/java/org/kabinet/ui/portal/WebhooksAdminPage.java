package org.kabinet.ui.portal;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.WebhookAdministration;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.LiveRefresh;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Вебхуки» at {@code /admin#!webhooks}, for administrators: the endpoints that hear the portal's events (with
 * removal), a form to add one — whose signing secret is shown once, right after — and the delivery log (the
 * outbox's {@code WEBHOOK} channel: what waits, what went, what failed, and another try for a failed one).
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class WebhooksAdminPage implements AdminPage {
    static final String CHANNEL = "WEBHOOK";
    /** The event types in the order staff read them: payments, the period, readings, messages. */
    private static final List<String> ORDER = List.of(WebhookEvent.PAYMENT_POSTED, WebhookEvent.PAYMENT_REVERSED,
            WebhookEvent.PERIOD_CLOSED, WebhookEvent.READING_ACCEPTED, WebhookEvent.READING_FLAGGED,
            WebhookEvent.MESSAGE_RECEIVED);
    private final WebhookAdministration webhooks;
    private final OutboxAdministration outbox;
    private final PortalTime time;

    @Activate
    public WebhooksAdminPage(@Reference WebhookAdministration webhooks, @Reference OutboxAdministration outbox,
                             @Reference PortalTime time) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.time = time;
    }

    @Override
    public String id() {
        return "webhooks";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.webhooks");
    }

    @Override
    public int order() {
        return 960;
    }

    @Override
    public String requiredRole() {
        return "admin";
    }

    @Override
    public Component create(AdminContext context) {
        return new View(context).tab;
    }

    /** Every event type an endpoint may hear, in {@link #ORDER} (a type added to the API later comes last). */
    static List<String> eventTypes() {
        List<String> types = new ArrayList<>(ORDER);
        WebhookEvent.TYPES.stream().filter(t -> !ORDER.contains(t)).sorted().forEach(types::add);
        return types;
    }

    /** «Платёж зачислен (payment.posted)»; a type without a text of its own is shown as it is. */
    static String eventCaption(Messages m, String type) {
        try {
            return m.get("webhook.event." + type) + " (" + type + ")";
        } catch (MissingResourceException e) {
            return type;
        }
    }

    /** An endpoint's events, comma-separated, in {@link #eventTypes()} order. */
    static String events(Collection<String> events) {
        List<String> known = eventTypes();
        return events.stream()
                .sorted(Comparator.<String>comparingInt(t -> known.contains(t) ? known.indexOf(t) : known.size())
                        .thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(", "));
    }

    /** A delivery's endpoint (its {@code recipient} is the endpoint's id) as its URL, «удалён» once removed. */
    static String endpointUrl(Map<String, String> urlById, String endpointId, Messages m) {
        String url = endpointId == null ? null : urlById.get(endpointId);
        return url == null ? m.get("admin.webhookGone") : url;
    }

    /** The endpoints' URLs by id. */
    static Map<String, String> urls(List<WebhookEndpoint> endpoints) {
        Map<String, String> urls = new HashMap<>();
        endpoints.forEach(e -> urls.put(e.id(), e.url()));
        return urls;
    }

    private final class View {
        private final AdminContext context;
        private final Messages m;
        private final DateTimeFormatter when;
        private final VerticalLayout tab = new VerticalLayout();
        private final Grid<WebhookEndpoint> endpoints = new Grid<>();
        private final Grid<OutboxEntry> deliveries = new Grid<>();
        private final ComboBox<String> state;
        private final Label refreshed = new Label();
        private Map<String, String> urlById = Map.of();

        View(AdminContext context) {
            this.context = context;
            m = new Messages(context.locale());
            when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(time.zone());
            state = new ComboBox<>(m.get("admin.status"), List.of("PENDING", "SENT", "FAILED"));
            Label hint = Forms.text(m.get("admin.webhooksHint"));
            tab.addComponents(hint, heading(m.get("admin.webhookEndpoints")));
            endpointList();
            tab.addComponent(addForm());
            tab.addComponent(heading(m.get("admin.webhookDeliveries")));
            deliveryLog();
            tab.setMargin(false);
            reloadEndpoints();
            reloadDeliveries();
        }

        private Label heading(String text) {
            Label heading = new Label(text);
            heading.addStyleName(ValoTheme.LABEL_H3);
            return heading;
        }

        private void endpointList() {
            endpoints.setId("admin-webhooks");
            endpoints.setWidth("100%");
            endpoints.addColumn(WebhookEndpoint::url).setCaption(m.get("admin.webhookUrl"));
            endpoints.addColumn(e -> events(e.events())).setCaption(m.get("admin.webhookEvents"));
            endpoints.addColumn(e -> e.description() == null ? "" : e.description()).setCaption(m.get("admin.webhookDescription"));
            endpoints.addColumn(e -> e.createdAt() == null ? "" : when.format(e.createdAt())).setCaption(m.get("admin.webhookCreatedAt"));
            endpoints.addColumn(e -> e.createdBy() == null ? "" : e.createdBy()).setCaption(m.get("admin.webhookCreatedBy"));
            Label result = Forms.message("admin-webhook-remove-result", "");
            Button remove = new Button(m.get("admin.webhookRemove"), e -> {
                result.setValue("");
                WebhookEndpoint selected = endpoints.asSingleSelect().getValue();
                if (selected == null) {
                    result.setValue(m.get("admin.webhookSelect"));
                    return;
                }
                confirmRemoval(selected, () -> {
                    try {
                        result.setValue(webhooks.remove(selected.id(), context.staffName())
                                ? m.get("admin.webhookRemoved", selected.url()) : m.get("admin.webhookAlreadyRemoved"));
                    } catch (KabinetException ex) {
                        result.setValue(context.errorText(ex));
                    }
                    reloadEndpoints();
                    reloadDeliveries();
                });
            });
            remove.setId("admin-webhook-remove");
            remove.addStyleName(ValoTheme.BUTTON_DANGER);
            tab.addComponents(endpoints, remove, result);
        }

        /** Removal cannot be taken back (what waits is dropped, the secret dies with it): it asks first. */
        private void confirmRemoval(WebhookEndpoint endpoint, Runnable yes) {
            Window dialog = new Window(m.get("admin.webhookRemoveTitle"));
            dialog.setId("admin-webhook-remove-dialog");
            dialog.setModal(true);
            dialog.setResizable(false);
            dialog.addStyleName("kabinet-dialog");
            dialog.setWidth(UI.getCurrent().getPage().getBrowserWindowWidth() < 620 ? "94%" : "520px");
            Button go = new Button(m.get("admin.webhookRemoveYes"), e -> {
                dialog.close();
                yes.run();
            });
            go.setId("admin-webhook-remove-confirm");
            go.addStyleName(ValoTheme.BUTTON_DANGER);
            Button no = new Button(m.get("admin.webhookRemoveNo"), e -> dialog.close());
            no.setId("admin-webhook-remove-cancel");
            dialog.setContent(new VerticalLayout(Forms.text(m.get("admin.webhookRemoveText", endpoint.url())),
                    new HorizontalLayout(go, no)));
            UI.getCurrent().addWindow(dialog);
        }

        private Component addForm() {
            VerticalLayout card = Forms.card("admin-webhook-form", m.get("admin.webhookAddTitle"));
            TextField url = new TextField(m.get("admin.webhookUrl"));
            url.setId("admin-webhook-url");
            url.setWidth("100%");
            url.setPlaceholder("https://");
            org.kabinet.ui.spi.InputHints.inputMode(url, "url");
            CheckBoxGroup<String> events = new CheckBoxGroup<>(m.get("admin.webhookEvents"), eventTypes());
            events.setId("admin-webhook-events");
            events.setItemCaptionGenerator(t -> eventCaption(m, t));
            TextField description = new TextField(m.get("admin.webhookDescription"));
            description.setId("admin-webhook-description");
            description.setWidth("100%");
            Label result = Forms.message("admin-webhook-add-result", "");
            // the warning as a label above the field: a caption would not wrap on a phone
            Label secretHint = Forms.text(m.get("admin.webhookSecret"));
            secretHint.setVisible(false);
            TextField secret = new TextField();
            secret.setId("admin-webhook-secret");
            secret.setWidth("100%");
            secret.setReadOnly(true);
            secret.setVisible(false);
            Button add = Forms.primary("admin-webhook-add", m.get("admin.webhookAdd"), e -> {
                Forms.clearErrors(url, events, description);
                result.removeStyleName("kabinet-ok");
                result.setValue("");
                try {
                    WebhookAdministration.Added added = webhooks.add(url.getValue(), Set.copyOf(events.getValue()),
                            description.getValue(), context.staffName());
                    // the only time the secret exists outside the signer: shown here, never again
                    secret.setValue(added.secret());
                    secret.setVisible(true);
                    secretHint.setVisible(true);
                    secret.selectAll();
                    result.setValue(m.get("admin.webhookAdded", added.endpoint().url()));
                    result.addStyleName("kabinet-ok");
                    url.clear();
                    events.clear();
                    description.clear();
                    reloadEndpoints();
                } catch (ValidationException ex) {
                    Forms.show(ex, context.errorText(ex), Map.of("url", url, "events", events, "description", description), url);
                } catch (KabinetException ex) {
                    result.setValue(context.errorText(ex));
                }
            });
            card.addComponents(url, events, description, add, result, secretHint, secret);
            return card;
        }

        private void deliveryLog() {
            state.setId("admin-webhook-state");
            state.setItemCaptionGenerator(s -> m.get("outbox.state." + s));
            deliveries.setId("admin-webhook-deliveries");
            deliveries.setWidth("100%");
            deliveries.addColumn(e -> when.format(e.createdAt())).setCaption(m.get("admin.when"));
            deliveries.addColumn(e -> eventCaption(m, e.text())).setCaption(m.get("admin.webhookEvent"));
            deliveries.addColumn(e -> endpointUrl(urlById, e.recipient(), m)).setCaption(m.get("admin.webhookEndpoint"));
            deliveries.addColumn(e -> m.get("outbox.state." + OutboxAdminPage.status(e))).setCaption(m.get("admin.status"));
            deliveries.addColumn(OutboxEntry::attempts).setCaption(m.get("admin.attempts"));
            deliveries.addColumn(e -> e.sentAt() == null ? "" : when.format(e.sentAt())).setCaption(m.get("admin.sentAt"));
            deliveries.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setCaption(m.get("admin.lastError"));
            refreshed.setId("admin-webhook-refreshed");
            // deliveries change by themselves (sent, retried, failed): the log follows while the tab is open
            LiveRefresh.every(deliveries, 15_000, this::reloadDeliveries);
            state.addValueChangeListener(e -> reloadDeliveries());
            Label result = Forms.message("admin-webhook-retry-result", "");
            Button retry = Forms.primary("admin-webhook-retry", m.get("admin.webhookRetry"), e -> {
                OutboxEntry selected = deliveries.asSingleSelect().getValue();
                result.setValue(selected != null && outbox.retry(selected.id())
                        ? m.get("admin.webhookRetried") : m.get("admin.webhookSelectFailed"));
                reloadDeliveries();
            });
            Button reload = new Button(m.get("admin.reload"), e -> {
                reloadEndpoints();
                reloadDeliveries();
            });
            reload.setId("admin-webhook-reload");
            HorizontalLayout bar = new HorizontalLayout(state, reload);
            bar.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
            // under the bar, not beside it: on a phone the time wraps instead of running off the screen
            refreshed.setWidth("100%");
            tab.addComponents(bar, refreshed, deliveries, retry, result);
        }

        private void reloadEndpoints() {
            List<WebhookEndpoint> all = webhooks.endpoints();
            endpoints.setItems(all);
            endpoints.setHeightByRows(Math.max(1, Math.min(all.size(), 10)));
        }

        /** Newest first, at most 500; the endpoints are read again so a new or removed one shows by its URL. */
        private void reloadDeliveries() {
            urlById = urls(webhooks.endpoints());
            List<OutboxEntry> shown = outbox.entries(CHANNEL, state.getValue(), 500);
            deliveries.setItems(shown);
            deliveries.setHeightByRows(Math.max(2, Math.min(shown.size(), 15)));
            refreshed.setValue(m.get("admin.refreshed", when.format(Instant.now())));
        }
    }
}
