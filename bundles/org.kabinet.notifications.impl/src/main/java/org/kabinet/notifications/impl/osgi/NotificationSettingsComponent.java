package org.kabinet.notifications.impl.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.impl.UnsubscribeTokens;
import org.kabinet.notifications.impl.jpa.JpaSettingsStore;
import org.kabinet.persistence.JpaTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tenants' notification settings and the signed one-click unsubscribe links of letters. */
@Component
public class NotificationSettingsComponent implements NotificationSettings {
    private final Clock clock = Clock.systemUTC();
    private final JpaTransactions tx;
    private final JpaSettingsStore store;
    private final Company company;
    private final UnsubscribeTokens tokens;

    /** @param outbox only to start after the outbox brought the schema up to date */
    @Activate
    public NotificationSettingsComponent(@Reference(target = "(osgi.unit.name=kabinet-notifications)") JpaTemplate jpa,
                                         @Reference Company company, @Reference Outbox outbox) {
        this.tx = new JpaTransactions(jpa);
        this.store = new JpaSettingsStore(tx);
        this.company = company;
        this.tokens = new UnsubscribeTokens(tx.inTransaction(() -> store.key("unsubscribe")));
    }

    @Override
    public List<NotificationSetting> settings(String tenantId, Collection<String> accountIds) {
        Map<String, Boolean> choices = tx.inTransaction(() -> store.choices(tenantId));
        List<NotificationSetting> settings = new ArrayList<>();
        for (String account : accountIds) {
            for (NotificationKind kind : NotificationKind.values()) {
                settings.add(new NotificationSetting(account, kind, choices.getOrDefault(account + ":" + kind.name(), true)));
            }
        }
        return settings;
    }

    @Override
    public void set(String tenantId, String accountId, NotificationKind kind, boolean on) {
        tx.inTransaction(() -> {
            store.set(tenantId, accountId, kind, on, clock.instant());
            return null;
        });
    }

    @Override
    public boolean isOn(String tenantId, String accountId, NotificationKind kind) {
        return tx.inTransaction(() -> store.choices(tenantId)).getOrDefault(accountId + ":" + kind.name(), true);
    }

    @Override
    public Set<String> switchedOff(NotificationKind kind) {
        return tx.inTransaction(() -> store.switchedOff(kind));
    }

    @Override
    public String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind) {
        return company.profile().portalUrl() + "/api/v1/unsubscribe/" + tokens.token(tenantId, accountId, kind);
    }

    @Override
    public Optional<NotificationSetting> unsubscribe(String token) {
        return tokens.read(token).map(subject -> {
            set(subject.tenantId(), subject.accountId(), subject.kind(), false);
            return new NotificationSetting(subject.accountId(), subject.kind(), false);
        });
    }
}
