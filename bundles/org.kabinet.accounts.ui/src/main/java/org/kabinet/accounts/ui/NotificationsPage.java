package org.kabinet.accounts.ui;

import com.vaadin.server.Page;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Уведомления»: per linked account, the debt SMS on the 1st, the SMS on a payment, the monthly
 * statement by e-mail and the reminders about meter readings and verification (e-mail and SMS): one
 * switch per {@link NotificationKind}, each switched on or off with one tap and saved at once. SMS go
 * only to a confirmed phone: without one the page says so and leads to the phone page. The switches
 * are the tenant's own; a household member with the view role sees them but may not change them
 * (the page says whom to ask for full access).
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class NotificationsPage implements CabinetPage {
    static final String ID = "notifications";
    private final TenantAccounts accounts;
    private final NotificationSettings settings;

    @Activate
    public NotificationsPage(@Reference TenantAccounts accounts, @Reference NotificationSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("notifications.title");
    }

    /** After «Телефон для SMS» (800), before «Профиль» (900). */
    @Override
    public int order() {
        return 850;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        List<LinkedAccount> linked = accounts.linked(context.tenantId());
        if (linked.isEmpty()) {
            Label none = Fields.text(m.get("notifications.none"));
            none.setId("notify-none");
            page.addComponents(none, Fields.primary("notify-link-account", m.get("notifications.linkAccount"),
                    e -> Page.getCurrent().setUriFragment("!accounts")));
            return page;
        }
        page.addComponent(Fields.text(m.get("notifications.hint")));
        page.addComponent(phone(accounts.phoneStatus(context.tenantId()), m));
        Label email = Fields.text(m.get("notifications.emailTo", context.email()));
        email.setId("notify-email");
        page.addComponent(email);
        Map<String, Boolean> on = settings.settings(context.tenantId(), linked.stream().map(LinkedAccount::id).toList()).stream()
                .collect(Collectors.toMap(s -> s.accountId() + ":" + s.kind().name(), NotificationSetting::on, (a, b) -> b));
        Map<LinkedAccount, String> ids = domIds(linked);
        for (LinkedAccount account : linked) {
            page.addComponent(account(account, ids.get(account), on, context, m));
        }
        return page;
    }

    /** Where the SMS go — or, without a confirmed phone, that they go nowhere and where to confirm one. */
    private static Component phone(Optional<PhoneStatus> status, Messages m) {
        VerticalLayout note = new VerticalLayout();
        note.setMargin(false);
        note.setSpacing(false);
        note.setId("notify-phone");
        if (status.isPresent() && status.get().verified()) {
            note.addComponent(Fields.text(m.get("notifications.phoneVerified", phoneText(status.get().phone()))));
            return note;
        }
        Label warning = Fields.text(status.map(p -> m.get("notifications.phoneUnverified", phoneText(p.phone())))
                .orElse(m.get("notifications.phoneNone")));
        warning.setId("notify-phone-note");
        warning.addStyleName("kabinet-warning");
        note.addComponents(warning, Fields.link("notify-phone-link", m.get("notifications.phoneLink"),
                e -> Page.getCurrent().setUriFragment("!phone")));
        return note;
    }

    /** One account's card: number, kind and address, a switch per kind and what the last change did. */
    private Component account(LinkedAccount account, String domId, Map<String, Boolean> on, PageContext context, Messages m) {
        VerticalLayout card = new VerticalLayout();
        card.setId("notify-" + domId);
        card.addStyleName("kabinet-card");
        card.setWidth("100%");
        Label title = Fields.text(m.get("notifications.account", account.number(), m.get("accounts.kind." + account.kind().name())));
        title.addStyleName(ValoTheme.LABEL_BOLD);
        card.addComponents(title, Fields.text(account.city().name() + ", " + account.address()));
        Label result = Fields.text("");
        result.setId("notify-" + domId + "-result");
        // no empty line under the switches until there is something to say
        result.setVisible(false);
        if (!account.writable()) {
            Label readOnly = Fields.text(readOnlyNote(account, m));
            readOnly.setId("notify-" + domId + "-readonly");
            readOnly.addStyleName("kabinet-warning");
            card.addComponent(readOnly);
        }
        for (NotificationKind kind : NotificationKind.values()) {
            CheckBox box = new CheckBox(m.get("notifications." + kind.name()), on.getOrDefault(account.id() + ":" + kind.name(), true));
            box.setId("notify-" + domId + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setWidth("100%");
            // the view role may look, not change (the service would refuse with account.readOnly)
            box.setEnabled(account.writable());
            box.addValueChangeListener(e -> {
                if (!e.isUserOriginated()) {
                    return;
                }
                result.removeStyleName("kabinet-ok");
                result.removeStyleName("kabinet-error");
                try {
                    // the access is checked again: the account may have been unlinked, or the access revoked, since
                    accounts.writableAccount(context.tenantId(), account.id());
                    settings.set(context.tenantId(), account.id(), kind, e.getValue());
                } catch (KabinetException ex) {
                    box.setValue(e.getOldValue());
                    result.setValue(context.errorText(ex));
                    result.addStyleName("kabinet-error");
                    result.setVisible(true);
                    return;
                }
                String saved = m.get(e.getValue() ? "notifications.on" : "notifications.off", box.getCaption(), account.number());
                result.setValue(saved);
                result.addStyleName("kabinet-ok");
                result.setVisible(true);
                Notification.show(saved, Notification.Type.TRAY_NOTIFICATION);
            });
            card.addComponent(box);
        }
        card.addComponent(result);
        return card;
    }

    /** Why a view-only member's switches do not move, and whom to ask: the holder who invited them. */
    static String readOnlyNote(LinkedAccount account, Messages m) {
        String holder = account.grantedBy() == null ? "" : account.grantedBy().strip();
        return holder.isEmpty() ? m.get("notifications.readOnly") : m.get("notifications.readOnlyFrom", holder);
    }

    /**
     * The part of the element ids that names an account: its number, which the tenant sees — with the
     * city added only when two linked accounts share a number (numbers are unique within a city).
     */
    static Map<LinkedAccount, String> domIds(List<LinkedAccount> linked) {
        Map<String, Long> perNumber = linked.stream().collect(Collectors.groupingBy(LinkedAccount::number, Collectors.counting()));
        Map<LinkedAccount, String> ids = new HashMap<>();
        for (LinkedAccount a : linked) {
            String id = perNumber.get(a.number()) > 1 ? a.number() + "-" + a.city().id() : a.number();
            ids.put(a, id.replaceAll("[^A-Za-z0-9-]", "-"));
        }
        return ids;
    }

    /** 9123456789 as people write it: «+7 912 345-67-89»; anything else as it is. */
    static String phoneText(String phone) {
        if (phone == null || !phone.matches("\\d{10}")) {
            return phone;
        }
        return "+7 " + phone.substring(0, 3) + " " + phone.substring(3, 6) + "-" + phone.substring(6, 8) + "-" + phone.substring(8);
    }
}
