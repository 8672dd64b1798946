package org.kabinet.accounts.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The signed-in tenant's notifications per linked account: the debt SMS on the 1st, the SMS on a
 * payment, the monthly statement by e-mail, the reminders about meter readings and verification, the
 * company's announcements by e-mail and the answers to the tenant's messages by e-mail. All are on until
 * switched off. A household member who only views an account sees its switches but may not change them.
 */
@Component(service = MyNotificationSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/notification-settings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyNotificationSettingsResource {
    private final TenantAccounts accounts;
    private final NotificationSettings settings;

    @Activate
    public MyNotificationSettingsResource(@Reference TenantAccounts accounts, @Reference NotificationSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    /**
     * One account's switches; in a PUT a switch left out (null) stays as it is.
     *
     * @param readingReminders   the reminders to submit meter readings and about a meter's verification (e-mail and SMS)
     * @param announcementEmail  the company's announcements by e-mail
     * @param messageAnswerEmail staff's answers to the tenant's messages by e-mail
     * @param writable           in an answer, whether the tenant may change this account's switches (its holder or a
     *                           household member with full access); ignored in a PUT
     */
    record AccountSettings(String accountId, String number, String address, Boolean debtSms, Boolean paymentSms,
                           Boolean statementEmail, Boolean readingReminders, Boolean announcementEmail,
                           Boolean messageAnswerEmail, Boolean writable) {
    }

    /** @param phoneConfirmed SMS go only to a confirmed phone: false means no SMS whatever the switches say */
    record SettingsBody(Boolean phoneConfirmed, List<AccountSettings> accounts) {
    }

    @GET
    public SettingsBody get(@Context SecurityContext security) {
        return current(Caller.tenant(security).id());
    }

    /**
     * Changes the switches given: 200 with all settings; 404 for an account the tenant does not see; 403
     * {@code account.readOnly} for one the tenant only views; 422 {@code settings.accounts}. Every account is checked
     * before anything changes.
     */
    @PUT
    public SettingsBody put(@Context SecurityContext security, SettingsBody body) {
        String tenant = Caller.tenant(security).id();
        SettingsBody changes = RequestBodies.required(body);
        if (changes.accounts() == null || changes.accounts().isEmpty()) {
            throw new ValidationException("accounts", "settings.accounts");
        }
        List<String> accountIds = new ArrayList<>();
        for (AccountSettings change : changes.accounts()) {
            accountIds.add(accounts.writableAccount(tenant, change.accountId() == null ? "" : change.accountId()).id());
        }
        for (int i = 0; i < accountIds.size(); i++) {
            AccountSettings change = changes.accounts().get(i);
            String accountId = accountIds.get(i);
            set(tenant, accountId, NotificationKind.DEBT_SMS, change.debtSms());
            set(tenant, accountId, NotificationKind.PAYMENT_SMS, change.paymentSms());
            set(tenant, accountId, NotificationKind.STATEMENT_EMAIL, change.statementEmail());
            set(tenant, accountId, NotificationKind.READING_REMINDER, change.readingReminders());
            set(tenant, accountId, NotificationKind.ANNOUNCEMENT_EMAIL, change.announcementEmail());
            set(tenant, accountId, NotificationKind.MESSAGE_ANSWER_EMAIL, change.messageAnswerEmail());
        }
        return current(tenant);
    }

    private void set(String tenant, String accountId, NotificationKind kind, Boolean on) {
        if (on != null) {
            settings.set(tenant, accountId, kind, on);
        }
    }

    private SettingsBody current(String tenant) {
        List<LinkedAccount> linked = accounts.linked(tenant);
        Map<String, Map<NotificationKind, Boolean>> byAccount = settings.settings(tenant, linked.stream().map(LinkedAccount::id).toList())
                .stream().collect(Collectors.groupingBy(NotificationSetting::accountId,
                        Collectors.toMap(NotificationSetting::kind, NotificationSetting::on)));
        List<AccountSettings> rows = new ArrayList<>();
        for (LinkedAccount a : linked) {
            Map<NotificationKind, Boolean> on = byAccount.getOrDefault(a.id(), Map.of());
            rows.add(new AccountSettings(a.id(), a.number(), a.address(), on.getOrDefault(NotificationKind.DEBT_SMS, true),
                    on.getOrDefault(NotificationKind.PAYMENT_SMS, true), on.getOrDefault(NotificationKind.STATEMENT_EMAIL, true),
                    on.getOrDefault(NotificationKind.READING_REMINDER, true),
                    on.getOrDefault(NotificationKind.ANNOUNCEMENT_EMAIL, true),
                    on.getOrDefault(NotificationKind.MESSAGE_ANSWER_EMAIL, true), a.writable()));
        }
        boolean phone = accounts.phoneStatus(tenant).map(PhoneStatus::verified).orElse(false);
        return new SettingsBody(phone, rows);
    }
}
