package org.kabinet.accounts.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.accounts.api.TooManyAttemptsException;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The tenant's personal accounts: the linked ones, and the form «+ Добавить лицевой счёт» (number,
 * city, code from the building manager, optional phone). Right after «Главная», whose card leads
 * a tenant with nothing linked here. An account the tenant holds has its «Семья и доступ»
 * ({@link HouseholdSection}); one the tenant sees as a household member says from whom and with which
 * role, and is left rather than unlinked. Opened from an invitation letter
 * ({@code /#!accounts/invitation/<token>}), the page starts with the invitation ({@link InvitationPanel}).
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class, configurationPid = "org.kabinet.rest")
public class AccountsPage implements CabinetPage {
    private final TenantAccounts accounts;
    private final Household household;
    private final PortalTime time;
    private final String trustedProxy;

    /** The one setting of the REST core's configuration read here (its metatype is the core's): whose X-Forwarded-For to trust. */
    public @interface Config {
        String trustedProxy() default "";
    }

    @Activate
    public AccountsPage(@Reference TenantAccounts accounts, @Reference Household household, @Reference PortalTime time, Config config) {
        this.accounts = accounts;
        this.household = household;
        this.time = time;
        this.trustedProxy = config.trustedProxy();
    }

    /**
     * The client's address of the request now being handled, by the REST core's rule: the peer, or the trusted
     * proxy's last {@code X-Forwarded-For} hop — so that failed linking is limited per client here as over REST.
     */
    private String clientAddress() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        return request == null ? null : clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxy);
    }

    /**
     * The REST core's rule ({@code org.kabinet.rest.api.ClientAddress.of(peer, forwardedFor, trustedProxy)}), repeated
     * here because the portal runs without the REST feature too: the peer, or the trusted proxy's last hop.
     */
    static String clientAddress(String peer, String forwardedFor, String trustedProxy) {
        String proxy = trustedProxy == null ? "" : trustedProxy.strip();
        if (!proxy.isEmpty() && proxy.equals(peer) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return peer == null ? "" : peer;
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("accounts.title");
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        VerticalLayout list = new VerticalLayout();
        list.setId("accounts-list");
        list.setMargin(false);
        Label result = new Label();
        result.setId("link-result");
        result.setWidth("100%");
        Runnable refresh = () -> fill(list, context, m, result);
        HouseholdTexts.invitationToken(context.parameter()).ifPresent(token -> {
            // the token is read: out of the address bar, the history and any screenshot
            context.clearParameter();
            page.addComponent(new InvitationPanel(household, context, m, refresh).build(token));
        });
        refresh.run();
        page.addComponents(list, linkForm(context, m, refresh, result));
        return page;
    }

    private void fill(VerticalLayout list, PageContext context, Messages m, Label result) {
        list.removeAllComponents();
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            Label none = new Label(m.get("accounts.none"));
            none.setId("accounts-none");
            none.setWidth("100%");
            list.addComponent(none);
            return;
        }
        boolean phone = HouseholdSection.phone();
        for (LinkedAccount a : linked) {
            list.addComponent(account(a, list, context, m, result, phone));
        }
    }

    /**
     * One account's card: what it is, and «Отвязать» for its holder with «Семья и доступ» under it — or, for a
     * household member, from whom the access is and which, and «Покинуть».
     */
    private Component account(LinkedAccount a, VerticalLayout list, PageContext context, Messages m, Label result, boolean phone) {
        Label text = new Label(m.get("accounts.kind." + a.kind().name()) + " · № " + a.number() + " · "
                + a.city().name() + ", " + a.address() + " · " + area(a.areaM2(), context.locale()) + " · "
                + m.get("accounts.residents", a.residents()));
        text.setId("account-" + a.number());
        text.setWidth("100%");
        String domId = HouseholdTexts.domId(a.id());
        VerticalLayout card = new VerticalLayout();
        card.setId("account-card-" + domId);
        card.addStyleName("kabinet-card");
        card.setWidth("100%");
        Runnable gone = () -> {
            fill(list, context, m, result);
            result.removeStyleName("kabinet-error");
            result.setValue(m.get("accounts.gone", a.number()));
        };
        if (a.access() != AccountAccess.HOLDER) {
            Button leave = Fields.link("leave-" + domId, m.get("accounts.leave"), e -> Fields.confirm("leave", m.get("accounts.leaveTitle"),
                    m.get("accounts.leaveConfirm", a.number()), m.get("accounts.leave"), m.get("accounts.cancel"), () -> {
                        takeOut(context, a);
                        fill(list, context, m, result);
                        result.removeStyleName("kabinet-error");
                        result.setValue(m.get("accounts.left", a.number()));
                    }));
            card.addComponents(row(text, leave), access(a, domId, m));
            return card;
        }
        HouseholdSection household = new HouseholdSection(this.household, context, m, a, time::now, gone);
        Component section = household.build(phone);
        Button unlink = Fields.link("unlink-" + a.number(), m.get("accounts.unlink"), e -> confirmUnlink(a, household.size(), m, () -> {
            takeOut(context, a);
            fill(list, context, m, result);
            result.removeStyleName("kabinet-error");
            result.setValue(m.get("accounts.unlinked", a.number()));
        }));
        card.addComponents(row(text, unlink), section);
        return card;
    }

    /** Unlinks the account, or leaves it for a member; gone already (another tab) is as good. */
    private void takeOut(PageContext context, LinkedAccount a) {
        try {
            accounts.unlink(context.tenantId(), a.id());
        } catch (NotFoundException gone) {
            // already out elsewhere: the refreshed list shows it
        }
    }

    private static HorizontalLayout row(Label text, Button action) {
        HorizontalLayout row = new HorizontalLayout(text, action);
        row.setWidth("100%");
        row.setExpandRatio(text, 1);
        return row;
    }

    /** A member's marks: «доступ от владельца: …» and the role, with what the view role leaves to others. */
    private static Component access(LinkedAccount a, String domId, Messages m) {
        Label from = new Label(HouseholdTexts.grantedBy(a.grantedBy(), m));
        from.setId("access-badge-" + domId);
        from.setWidthUndefined();
        from.addStyleName("kabinet-tag");
        Label role = new Label(HouseholdTexts.role(a.access(), m));
        role.setId("access-role-" + domId);
        role.setWidthUndefined();
        role.addStyleNames("kabinet-tag", "kabinet-tag-quiet");
        com.vaadin.ui.CssLayout tags = new com.vaadin.ui.CssLayout(from, role);
        tags.addStyleName("kabinet-filters");
        tags.setWidth("100%");
        if (a.writable()) {
            return tags;
        }
        Label note = Fields.text(m.get("accounts.viewOnly"));
        note.setId("access-note-" + domId);
        note.addStyleName("kabinet-muted");
        VerticalLayout marks = new VerticalLayout(tags, note);
        marks.setMargin(false);
        marks.setSpacing(false);
        return marks;
    }

    /**
     * Asks before unlinking and says what it means: linking again takes a new code from the company, and the
     * household's access (members, open invitations) ends with it.
     */
    private static void confirmUnlink(LinkedAccount account, int household, Messages m, Runnable unlink) {
        String text = m.get("accounts.unlinkConfirm", account.number());
        if (household > 0) {
            text = text + " " + m.get("accounts.unlinkHousehold");
        }
        Fields.confirm("unlink", m.get("accounts.unlinkTitle"), text, m.get("accounts.unlink"), m.get("accounts.cancel"), unlink);
    }

    /** «39,1 м²» in Russian, «39.1 m²» in English. */
    static String area(BigDecimal m2, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH
                : Locale.forLanguageTag("ru")));
        return format.format(m2) + (english ? " m²" : "\u00a0м²");
    }

    private Component linkForm(PageContext context, Messages m, Runnable refresh, Label result) {
        Label heading = new Label(m.get("accounts.add"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        Label hint = new Label(m.get("accounts.addHint"));
        hint.setWidth("100%");
        TextField number = new TextField(m.get("accounts.number"));
        number.setId("link-number");
        InputHints.inputMode(number, "numeric");
        InputHints.autocomplete(number, "off");
        ComboBox<City> city = Fields.cities(m.get("accounts.city"), accounts.cities());
        city.setId("link-city");
        city.setEmptySelectionAllowed(false);
        city.setPlaceholder(m.get("accounts.cityPlaceholder"));
        TextField code = new TextField(m.get("accounts.code"));
        code.setId("link-code");
        InputHints.autocomplete(code, "off");
        code.setPlaceholder("XXXXX-XXXXX");
        TextField phone = new TextField(m.get("accounts.phone"));
        phone.setId("link-phone");
        InputHints.autocomplete(phone, "tel-national");
        InputHints.inputMode(phone, "tel");
        phone.setPlaceholder("9123456789");
        Label summary = FieldErrors.summary("link-errors");
        Button submit = Fields.primary("link-submit", m.get("accounts.addButton"), e -> {
            FieldErrors.clear(number, city, code, phone);
            FieldErrors.clearSummary(summary);
            result.setValue("");
            result.removeStyleName("kabinet-error");
            result.removeStyleName("kabinet-ok");
            try {
                LinkedAccount linked = accounts.link(context.tenantId(), new LinkRequest(number.getValue(),
                        city.getValue() == null ? null : city.getValue().id(), code.getValue(), phone.getValue()), clientAddress());
                number.clear();
                code.clear();
                result.setValue(m.get("accounts.linked", linked.number()));
                result.addStyleName("kabinet-ok");
                refresh.run();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), Map.of("number", number, "city", city, "code", code, "phone", phone), code,
                        summary);
            } catch (LinkRefusedException ex) {
                result.addStyleName("kabinet-error");
                result.setValue(context.errorText(ex));
            } catch (TooManyAttemptsException ex) {
                result.addStyleName("kabinet-error");
                result.setValue(context.errorText(ex));
            }
        });
        FormLayout form = new FormLayout(number, city, code, phone);
        form.setMargin(false);
        VerticalLayout box = new VerticalLayout(heading, hint, summary, form, new Label(m.get("accounts.phoneHint")), submit, result);
        box.setId("link-form");
        box.setMargin(false);
        return box;
    }
}
