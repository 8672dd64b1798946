package org.kabinet.notifications.impl.osgi;

import java.time.Clock;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;
import org.kabinet.notifications.impl.SecretBox;
import org.kabinet.notifications.impl.WebhookPublisher;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.notifications.impl.jpa.JpaWebhookEndpoints;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves {@link Webhooks}: events queued in the caller's transaction. No configuration and no key, so it stays
 * registered while the webhooks' settings change or their key is wrong (then deliveries wait, see
 * {@link WebhooksComponent}): the modules' listeners never lose an event to a settings change. Waits for the
 * outbox's service, whose start brings the schema up to date.
 */
@Component(service = Webhooks.class)
public class WebhookPublisherComponent implements Webhooks {
    private final JpaTemplate jpa;
    private final WebhookPublisher publisher;

    @Activate
    public WebhookPublisherComponent(@Reference(target = "(osgi.unit.name=kabinet-notifications)") JpaTemplate jpa,
                                     @Reference OutboxAdministration migratedOutbox) {
        this.jpa = jpa;
        JpaTransactions tx = new JpaTransactions(jpa);
        // this store only adds rows: its box seals nothing
        this.publisher = new WebhookPublisher(new JpaOutboxStore(tx, SecretBox.withFreshKey(), Leases.thisNode(),
                JpaOutboxStore.DEFAULT_CLAIM), new JpaWebhookEndpoints(tx), Clock.systemUTC());
    }

    @Override
    public int publish(WebhookEvent event) {
        // only inside the caller's transaction: an event told outside one could be queued for a change that never happened
        return jpa.txExpr(TransactionType.Mandatory, em -> publisher.publish(event));
    }

    @Override
    public boolean listening(String type) {
        return jpa.txExpr(TransactionType.Supports, em -> publisher.listening(type));
    }
}
