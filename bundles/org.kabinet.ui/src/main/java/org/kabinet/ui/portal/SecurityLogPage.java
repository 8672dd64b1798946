package org.kabinet.ui.portal;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Журнал безопасности» at {@code /admin#!security-log} ({@code #!audit} is the accounts module's): sign-ins (tenant and staff, success and failure), sign-outs and staff actions
 * from the audit trail, newest first, with filters (period in the portal's days, who, action prefix,
 * outcome, client address) and pages of 50.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class SecurityLogPage implements AdminPage {
    static final int PAGE_SIZE = 50;
    /** What a manager needs on a phone: when, who, what, how it ended. */
    private static final Set<Integer> KEY_COLUMNS = Set.of(0, 1, 3, 5);
    private final AuditTrail trail;
    private final PortalTime time;

    @Activate
    public SecurityLogPage(@Reference AuditTrail trail, @Reference PortalTime time) {
        this.trail = trail;
        this.time = time;
    }

    @Override
    public String id() {
        return "security-log";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("audit.title");
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Component create(AdminContext context) {
        return new View(context).layout;
    }

    /** The query of the filters' values: days of the portal's zone, {@code to} including its day. */
    static AuditQuery query(LocalDate from, LocalDate to, String actor, String action, Outcome outcome, String ip, int page,
                            ZoneId zone) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(start, end, actor, action, outcome, ip, page, PAGE_SIZE);
    }

    /** "Page 2 of 5 · 230 events" for a page. */
    static String pageText(Messages m, AuditPage page) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        return m.get("audit.page", page.page() + 1, pages, page.total());
    }

    private final class View {
        private final Messages m;
        private final AdminContext context;
        private final VerticalLayout layout = new VerticalLayout();
        private final DateField from;
        private final DateField to;
        private final TextField actor;
        private final TextField action;
        private final ComboBox<Outcome> outcome;
        private final TextField ip;
        private final Grid<AuditEvent> grid = new Grid<>();
        private final Label paging = new Label();
        private final Label error = new Label();
        private final Button previous;
        private final Button next;
        private int page;

        View(AdminContext context) {
            this.context = context;
            m = new Messages(context.locale());
            ZoneId zone = time.zone();
            DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(zone);
            from = new DateField(m.get("audit.from"));
            from.setId("audit-from");
            from.setDateFormat("dd.MM.yyyy");
            to = new DateField(m.get("audit.to"));
            to.setId("audit-to");
            to.setDateFormat("dd.MM.yyyy");
            actor = new TextField(m.get("audit.actor"));
            actor.setId("audit-actor");
            actor.setMaxLength(AuditEvent.ACTOR_MAX);
            action = new TextField(m.get("audit.action"));
            action.setId("audit-action");
            action.setMaxLength(AuditEvent.ACTION_MAX);
            action.setPlaceholder("staff.signIn");
            outcome = new ComboBox<>(m.get("audit.outcome"), List.of(Outcome.values()));
            outcome.setId("audit-outcome");
            outcome.setItemCaptionGenerator(o -> m.get("audit.outcome." + o.name()));
            outcome.setEmptySelectionCaption(m.get("audit.any"));
            ip = new TextField(m.get("audit.ip"));
            ip.setId("audit-ip");
            ip.setMaxLength(AuditEvent.IP_MAX);
            Button find = Forms.primary("audit-find", m.get("audit.find"), e -> {
                page = 0;
                reload();
            });
            CssLayout filters = new CssLayout(cell(from), cell(to), cell(actor), cell(action), cell(outcome), cell(ip), find);
            filters.addStyleName("kabinet-filters");
            filters.setWidth("100%");

            grid.setId("audit-grid");
            grid.setWidth("100%");
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            grid.addColumn(e -> when.format(e.at())).setCaption(m.get("audit.when")).setId("when");
            grid.addColumn(e -> e.actor().isEmpty() ? "—" : e.actor()).setCaption(m.get("audit.who")).setId("who");
            grid.addColumn(e -> m.get("audit.kind." + e.actorKind().name())).setCaption(m.get("audit.kind")).setId("kind");
            grid.addColumn(AuditEvent::action).setCaption(m.get("audit.actionColumn")).setId("action");
            grid.addColumn(AuditEvent::clientIp).setCaption(m.get("audit.ip")).setId("ip");
            grid.addColumn(e -> m.get("audit.outcome." + e.outcome().name())).setCaption(m.get("audit.outcome"))
                    .setId("outcome");
            grid.addColumn(AuditEvent::target).setCaption(m.get("audit.target")).setId("target");
            grid.addColumn(AuditEvent::detail).setCaption(m.get("audit.detail")).setId("detail");
            grid.addAttachListener(e -> narrow(grid.getUI().getPage().getBrowserWindowWidth()));
            grid.addAttachListener(e -> grid.getUI().getPage().addBrowserWindowResizeListener(r -> narrow(r.getWidth())));

            previous = Forms.link("audit-previous", m.get("audit.previous"), e -> {
                page = Math.max(0, page - 1);
                reload();
            });
            next = Forms.link("audit-next", m.get("audit.next"), e -> {
                page++;
                reload();
            });
            paging.setId("audit-paging");
            paging.setWidthUndefined();
            // wraps on a phone instead of pushing «Дальше» off the screen
            CssLayout pager = new CssLayout(previous, paging, next);
            pager.addStyleName("kabinet-filters");
            pager.setWidth("100%");
            error.setId("audit-error");
            error.addStyleName("kabinet-error");
            error.setVisible(false);
            error.setWidth("100%");
            Label hint = new Label(m.get("audit.hint"));
            hint.setWidth("100%");
            layout.addComponents(hint, filters, error, grid, pager);
            layout.setMargin(false);
            reload();
        }

        private void reload() {
            error.setVisible(false);
            try {
                AuditPage found = trail.find(query(from.getValue(), to.getValue(), actor.getValue(), action.getValue(),
                        outcome.getValue(), ip.getValue(), page, time.zone()));
                grid.setItems(found.items());
                grid.setHeightByRows(Math.max(1, Math.min(found.items().size(), 15)));
                paging.setValue(pageText(m, found));
                previous.setEnabled(page > 0);
                next.setEnabled((long) (page + 1) * found.size() < found.total());
            } catch (KabinetException e) {
                error.setValue(context.errorText(e));
                error.setVisible(true);
            }
        }

        /** A field with its caption above it, however the row of filters wraps. */
        private Component cell(Component field) {
            VerticalLayout cell = new VerticalLayout(field);
            cell.setMargin(false);
            cell.setSpacing(false);
            cell.setWidthUndefined();
            return cell;
        }

        /** Below 768 px only the key columns show. */
        private void narrow(int windowWidth) {
            boolean phone = windowWidth > 0 && windowWidth < 768;
            List<Grid.Column<AuditEvent, ?>> columns = grid.getColumns();
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).setHidden(phone && !KEY_COLUMNS.contains(i));
            }
        }
    }
}
