package org.kabinet.meters.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.api.WindowState;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Показания»: for each account the tenant sees the submission window (open, or when the next one is and what a
 * reading sent now would do) and its meters — each with whether this period's reading is in, a form to
 * send one (a value per tariff zone, the day it was taken, what will happen told before sending, the
 * status with its reason after), its own name, and its history with a consumption chart. A household member
 * who only views an account sees all of it but no form and no naming: a note says who submits instead.
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class MetersPage implements CabinetPage {
    static final String ID = "meters";
    private final TenantMeters meters;
    private final TenantAccounts accounts;
    private final PortalTime time;

    @Activate
    public MetersPage(@Reference TenantMeters meters, @Reference TenantAccounts accounts, @Reference PortalTime time) {
        this.meters = meters;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("meters.title");
    }

    /** After «Начисления и оплаты» (250). */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            Label none = Parts.text(m.get("meters.noAccounts"));
            none.setId("meters-none");
            page.addComponents(none, Parts.primary("meters-link-account", m.get("meters.linkAccount"),
                    e -> Page.getCurrent().setUriFragment("!accounts")));
            return page;
        }
        Map<String, List<Meter>> byAccount = new HashMap<>();
        for (LinkedAccount account : linked) {
            byAccount.put(account.id(), meters.meters(context.tenantId(), account.id()));
        }
        Map<String, String> numbers = linked.stream().collect(Collectors.toMap(LinkedAccount::id, LinkedAccount::number));
        Map<Meter, String> ids = MeterTexts.domIds(byAccount.values().stream().flatMap(List::stream).toList(), numbers);
        Map<String, Long> perNumber = linked.stream().collect(Collectors.groupingBy(LinkedAccount::number, Collectors.counting()));
        page.addComponent(Parts.text(m.get("meters.intro")));
        for (LinkedAccount account : linked) {
            String accountId = MeterTexts.idPart(perNumber.get(account.number()) > 1 ? account.number() + "-" + account.city().id() : account.number());
            page.addComponent(account(account, accountId, byAccount.get(account.id()), ids, context, m));
        }
        // a token only submits readings: no use to a tenant who may submit on none of the accounts
        if (linked.stream().anyMatch(LinkedAccount::writable)) {
            page.addComponent(Parts.link("meters-tokens-link", m.get("meters.tokensLink"),
                    e -> Page.getCurrent().setUriFragment("!" + TokensPage.ID)));
        }
        return page;
    }

    /**
     * One account: its heading, its window, its meters (active ones with a form, archived ones with their history); for
     * an account the tenant only views, a note instead of the forms.
     */
    private Component account(LinkedAccount account, String accountId, List<Meter> list, Map<Meter, String> ids, PageContext context,
                              Messages m) {
        VerticalLayout section = new VerticalLayout();
        section.setMargin(false);
        section.setId("meters-account-" + accountId);
        Label heading = Parts.text(m.get("meters.account", account.number(), account.city().name() + ", " + account.address()));
        heading.addStyleName(ValoTheme.LABEL_H3);
        heading.addStyleName("kabinet-meters-account");
        section.addComponent(heading);
        if (list.isEmpty()) {
            Label empty = Parts.text(m.get("meters.noMeters"));
            empty.setId("meters-empty-" + accountId);
            section.addComponent(empty);
            return section;
        }
        WindowState window = meters.window(context.tenantId(), account.id());
        Label windowLine = Parts.note(MeterTexts.window(window, m));
        windowLine.setId("meters-window-" + accountId);
        section.addComponent(windowLine);
        if (!account.writable()) {
            Label readOnly = Parts.note(readOnlyNote(account, m));
            readOnly.setId("meters-readonly-" + accountId);
            section.addComponent(readOnly);
        }
        List<Meter> active = list.stream().filter(x -> x.state() == MeterState.ACTIVE).toList();
        List<Meter> archived = list.stream().filter(x -> x.state() != MeterState.ACTIVE).toList();
        for (Meter meter : active) {
            section.addComponent(new MeterPanel(meter, ids.get(meter), window, account.writable(), meters, time, context, m));
        }
        if (!archived.isEmpty()) {
            section.addComponent(Parts.subheading(m.get("meters.archived")));
            for (Meter meter : archived) {
                section.addComponent(new MeterPanel(meter, ids.get(meter), window, account.writable(), meters, time, context, m));
            }
        }
        return section;
    }

    /** Why there is no form, and whom to ask: the holder who invited the member, by name when known. */
    static MeterTexts.Note readOnlyNote(LinkedAccount account, Messages m) {
        String holder = account.grantedBy();
        return new MeterTexts.Note(holder == null || holder.isBlank() ? m.get("meters.readOnly") : m.get("meters.readOnlyHolder", holder),
                MeterTexts.Tone.PLAIN);
    }
}
