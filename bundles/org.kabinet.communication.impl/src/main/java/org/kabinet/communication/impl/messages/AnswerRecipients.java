package org.kabinet.communication.impl.messages;

import java.util.List;
import java.util.Optional;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

/**
 * Whom staff's answer is e-mailed to. Feedback: the e-mail address the form gave (a phone gets no
 * letter: staff call back). A tenant's message: the tenant's confirmed address, while answers by e-mail
 * ({@link NotificationKind#MESSAGE_ANSWER_EMAIL}) are on for the thread's account — for a message about
 * no account, unless they are off for every account the tenant linked.
 */
public class AnswerRecipients {
    /** An address and the link that switches such letters off (null when there is none for the thread). */
    public record Recipient(String email, String unsubscribeUrl) {
    }

    private final TenantAccounts accounts;
    private final TenantDirectory tenants;
    private final NotificationSettings settings;

    public AnswerRecipients(TenantAccounts accounts, TenantDirectory tenants, NotificationSettings settings) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.settings = settings;
    }

    public Optional<Recipient> of(ThreadRecord thread) {
        if (thread.kind() == ThreadKind.FEEDBACK) {
            return thread.contactKind() == ContactKind.EMAIL ? Optional.of(new Recipient(thread.contact(), null)) : Optional.empty();
        }
        String tenantId = thread.tenantId();
        if (tenantId == null || !wanted(tenantId, thread.accountId())) {
            return Optional.empty();
        }
        String unsubscribe = thread.accountId() == null ? null
                : settings.unsubscribeUrl(tenantId, thread.accountId(), NotificationKind.MESSAGE_ANSWER_EMAIL);
        return tenants.find(tenantId).filter(Tenant::confirmed).map(Tenant::email).filter(e -> e != null && !e.isBlank())
                .map(email -> new Recipient(email, unsubscribe));
    }

    private boolean wanted(String tenantId, String accountId) {
        if (accountId != null) {
            return settings.isOn(tenantId, accountId, NotificationKind.MESSAGE_ANSWER_EMAIL);
        }
        // a message about no account follows the switches of the accounts the tenant holds: a household member's
        // accounts start with everything off, which must not silence the answers to the member's own questions
        List<LinkedAccount> held = accounts.linked(tenantId).stream().filter(a -> a.access() == AccountAccess.HOLDER).toList();
        return held.isEmpty() || held.stream().anyMatch(a -> settings.isOn(tenantId, a.id(), NotificationKind.MESSAGE_ANSWER_EMAIL));
    }
}
