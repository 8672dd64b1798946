package org.kabinet.notifications.impl.jpa;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.persistence.EntityManagers;

/** The webhook endpoints staff added (NOTIF_WEBHOOK). */
public final class JpaWebhookEndpoints {
    private final EntityManagers jpa;

    public JpaWebhookEndpoints(EntityManagers jpa) {
        this.jpa = jpa;
    }

    /** Oldest first. */
    public List<WebhookEndpoint> all() {
        // no flush first: nothing in a caller's transaction writes endpoints, and a registry's transaction may hold
        // thousands of queued rows a flush would go through for every payment
        return jpa.with(em -> em.createQuery("SELECT w FROM WebhookEntity w ORDER BY w.createdAt, w.id", WebhookEntity.class)
                .setFlushMode(javax.persistence.FlushModeType.COMMIT)
                .getResultList().stream().map(JpaWebhookEndpoints::endpoint).toList());
    }

    public Optional<WebhookEndpoint> find(String id) {
        return jpa.with(em -> Optional.ofNullable(em.find(WebhookEntity.class, id)).map(JpaWebhookEndpoints::endpoint));
    }

    public void add(WebhookEndpoint endpoint) {
        jpa.with(em -> {
            WebhookEntity w = new WebhookEntity();
            w.id = endpoint.id();
            w.url = endpoint.url();
            w.events = String.join(",", new TreeSet<>(endpoint.events()));
            w.description = endpoint.description();
            w.createdAt = endpoint.createdAt().toEpochMilli();
            w.createdBy = endpoint.createdBy();
            em.persist(w);
            return null;
        });
    }

    public boolean remove(String id) {
        return jpa.with(em -> em.createQuery("DELETE FROM WebhookEntity w WHERE w.id = :id").setParameter("id", id)
                .executeUpdate() > 0);
    }

    private static WebhookEndpoint endpoint(WebhookEntity w) {
        return new WebhookEndpoint(w.id, w.url, new TreeSet<>(Arrays.asList(w.events.split(","))), w.description,
                Instant.ofEpochMilli(w.createdAt), w.createdBy);
    }
}
