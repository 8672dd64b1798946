package org.kabinet.notifications.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which notifications a tenant wants for each of their personal accounts, and the one-click
 * unsubscribe links in letters (RFC 8058).
 *
 * @since 1.3
 */
@ProviderType
public interface NotificationSettings {

    /** Every kind for each of the accounts, in the order given; what was never set is on. */
    List<NotificationSetting> settings(String tenantId, Collection<String> accountIds);

    /** Switches one kind on or off for one account, in the caller's transaction. */
    void set(String tenantId, String accountId, NotificationKind kind, boolean on);

    boolean isOn(String tenantId, String accountId, NotificationKind kind);

    /** Every {@code tenantId + ":" + accountId} that switched the kind off: for jobs that select many at once. */
    Set<String> switchedOff(NotificationKind kind);

    /** The public link that switches the kind off for the account in one click (no sign-in). */
    String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind);

    /**
     * Switches off what an unsubscribe link's token names.
     *
     * @return what was switched off; empty for a token that is not genuine
     */
    Optional<NotificationSetting> unsubscribe(String token);
}
