package org.kabinet.notifications.impl.osgi;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.WebhookAdministration;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.notifications.impl.RetryPolicy;
import org.kabinet.notifications.impl.SecretBox;
import org.kabinet.notifications.impl.WebhookDispatcher;
import org.kabinet.notifications.impl.WebhookKey;
import org.kabinet.notifications.impl.WebhookService;
import org.kabinet.notifications.impl.WebhookSigner;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.notifications.impl.jpa.JpaWebhookEndpoints;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.Leases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Webhooks' settings and key: serves {@link WebhookAdministration} and delivers due webhooks in the background.
 * A wrong key keeps it from starting (the log says why): endpoints cannot be added and deliveries wait, while
 * {@link WebhookPublisherComponent} goes on queuing events. The outbox's schema comes first: this waits for the
 * outbox's service.
 */
// two PIDs — its own settings, and how long a claim holds (etc/org.kabinet.cluster.cfg, shared with the outbox) —
// so no single @Designate: the README documents them
@Component(immediate = true, configurationPid = {"org.kabinet.webhooks", "org.kabinet.cluster"})
public class WebhooksComponent implements WebhookAdministration {
    private static final Logger LOG = Logger.getLogger(WebhooksComponent.class.getName());
    private static final int BATCH = 50;

    private final Clock clock = Clock.systemUTC();
    private final JpaWebhookEndpoints endpoints;
    private final WebhookService service;
    private final WebhookDispatcher dispatcher;
    private final JpaOutboxStore store;
    private final ScheduledExecutorService executor;

    @Activate
    public WebhooksComponent(@Reference(target = "(osgi.unit.name=kabinet-notifications)") JpaTemplate jpa,
                             @Reference OutboxAdministration migratedOutbox, WebhooksConfig config, ClusterConfig cluster) {
        JpaTransactions tx = new JpaTransactions(jpa);
        // deliveries hold no link or code to seal: this store's box stays unused
        this.store = new JpaOutboxStore(tx, SecretBox.withFreshKey(), Leases.thisNode(),
                Duration.ofSeconds(Math.max(10, cluster.claimSeconds())));
        WebhookSigner signer = new WebhookSigner(WebhookKey.load(config.key(),
                Path.of(System.getProperty("karaf.data", "data"), "kabinet", "webhooks.key")));
        this.endpoints = new JpaWebhookEndpoints(tx);
        this.service = new WebhookService(endpoints, signer, Math.max(1, config.maxEndpoints()), clock);
        // at most a minute: a pass stops at half the claim (150 s), one slow receiver must not take it all
        Duration timeout = Duration.ofSeconds(Math.max(1, Math.min(60, config.timeoutSeconds())));
        RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(Math.max(1, config.retryFirstSeconds())),
                Duration.ofSeconds(Math.max(1, config.retryCapSeconds())), Math.max(1, config.maxAttempts()), Math::random);
        this.dispatcher = new WebhookDispatcher(store, endpoints::find, signer, retries, timeout, clock);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kabinet-webhooks-dispatcher"));
        long poll = Math.max(100, config.pollMillis());
        executor.scheduleWithFixedDelay(this::dispatch, poll, poll, TimeUnit.MILLISECONDS);
    }

    private void dispatch() {
        try {
            dispatcher.dispatchDue(BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook dispatcher run failed; will try again", e);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        executor.shutdownNow();
        // a delivery under way ends within its timeout; its claim covers it if not
        if (executor.awaitTermination(10, TimeUnit.SECONDS)) {
            try {
                // what this node claimed and did not settle is due again now, for the next start or another node
                int released = store.releaseClaims("WEBHOOK");
                if (released > 0) {
                    LOG.info(() -> "Webhooks: " + released + " claimed deliveries given back at stop");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhooks: claims not given back at stop; they end by themselves", e);
            }
        }
    }

    @Override
    public List<WebhookEndpoint> endpoints() {
        return service.endpoints();
    }

    @Override
    public Added add(String url, Set<String> events, String description, String by) {
        Added added = service.add(url, events, description, by);
        LOG.info(() -> "Webhook endpoint " + added.endpoint().id() + " (" + String.join(", ", added.endpoint().events())
                + ") added by " + by);
        return added;
    }

    @Override
    public boolean remove(String id, String by) {
        boolean removed = service.remove(id);
        if (removed) {
            LOG.info(() -> "Webhook endpoint " + id + " removed by " + by);
        }
        return removed;
    }
}
