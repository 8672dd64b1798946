package org.kabinet.meters.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.api.WindowState;
import org.kabinet.ui.spi.DashboardCard;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page's card: «Передайте показания до 25 ноября» while a window is open and a reading is
 * missing (naming the meters); otherwise that this period's readings are in, or when the next window
 * opens. On an account the tenant only views a missing reading is told, not asked for: the holder or a full
 * member submits it. No card for a tenant without meters (the accounts card leads to linking an account).
 */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class MetersCard implements DashboardCard {
    private final TenantMeters meters;
    private final TenantAccounts accounts;

    @Activate
    public MetersCard(@Reference TenantMeters meters, @Reference TenantAccounts accounts) {
        this.meters = meters;
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "meters";
    }

    /** Beside «К оплате» (50), before the accounts (100). */
    @Override
    public int order() {
        return 60;
    }

    @Override
    public com.vaadin.ui.Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        List<AccountState> states = new ArrayList<>();
        for (LinkedAccount account : accounts.linked(context.tenantId())) {
            List<Meter> active = meters.meters(context.tenantId(), account.id()).stream().filter(x -> x.state() == MeterState.ACTIVE).toList();
            if (active.isEmpty()) {
                continue;
            }
            WindowState window = meters.window(context.tenantId(), account.id());
            List<Meter> missing = active.stream()
                    .filter(x -> !MeterTexts.isIn(MeterTexts.readingOf(meters.history(context.tenantId(), x.id()), MeterTexts.period(window))))
                    .toList();
            states.add(new AccountState(account, window, active, missing, account.writable()));
        }
        if (states.isEmpty()) {
            return null;
        }
        VerticalLayout card = new VerticalLayout();
        // the nearest open window with a reading missing sets the headline
        LocalDate due = states.stream().filter(AccountState::urgent).map(s -> s.window().closes()).min(LocalDate::compareTo).orElse(null);
        Label title = new Label(due == null ? m.get("meters.cardTitle") : m.get("meters.cardDue", MeterTexts.dayMonth(due, m)));
        title.addStyleName(ValoTheme.LABEL_H3);
        title.setWidth("100%");
        title.setId("card-meters-title");
        card.addComponent(title);
        for (AccountState s : states) {
            Label line = Parts.note(line(s, states.size() > 1, m));
            line.setId("card-meters-" + MeterTexts.idPart(s.account().number()));
            card.addComponent(line);
        }
        Button open = Parts.primary("card-meters-open", m.get(due == null ? "meters.cardOpen" : "meters.cardSend"),
                e -> Page.getCurrent().setUriFragment("!" + MetersPage.ID));
        card.addComponent(open);
        return card;
    }

    /** One account's line: which meters still wait for a reading, that all are in, or when the next window is. */
    static MeterTexts.Note line(AccountState s, boolean withNumber, Messages m) {
        String prefix = withNumber ? m.get("meters.cardAccount", s.account().number()) + " " : "";
        String period = MeterTexts.month(MeterTexts.period(s.window()), m);
        if (s.urgent()) {
            return new MeterTexts.Note(prefix + sentence(m.get("meters.cardMissing", period, String.join(", ", names(s, m))), withNumber, m),
                    MeterTexts.Tone.WARNING);
        }
        if (s.missing().isEmpty()) {
            return new MeterTexts.Note(prefix + sentence(m.get("meters.cardAllIn", period), withNumber, m), MeterTexts.Tone.OK);
        }
        if (!s.writable() && s.window().open()) {
            return new MeterTexts.Note(prefix + sentence(m.get("meters.cardMissingReadOnly", period, String.join(", ", names(s, m))), withNumber, m),
                    MeterTexts.Tone.PLAIN);
        }
        return new MeterTexts.Note(prefix + MeterTexts.window(s.window(), m).text(), MeterTexts.Tone.PLAIN);
    }

    /** The missing meters by the tenant's name for them, else by resource. */
    private static List<String> names(AccountState s, Messages m) {
        return s.missing().stream().map(x -> x.name().isBlank() ? MeterTexts.resource(x.resource(), m)
                : x.name() + " (" + MeterTexts.resource(x.resource(), m).toLowerCase(m.locale()) + ")").toList();
    }

    /** «за ноябрь…» after «Счёт № 8600001:», «За ноябрь…» as a sentence of its own. */
    private static String sentence(String text, boolean afterNumber, Messages m) {
        return afterNumber || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(m.locale()) + text.substring(1);
    }

    /**
     * What the card knows of one account: its window, its active meters, those whose reading of the period is missing,
     * and whether the tenant may submit them (not a household member who only views).
     */
    record AccountState(LinkedAccount account, WindowState window, List<Meter> active, List<Meter> missing, boolean writable) {
        /** A reading this tenant should send now. */
        boolean urgent() {
            return writable && window.open() && !missing.isEmpty();
        }
    }
}
