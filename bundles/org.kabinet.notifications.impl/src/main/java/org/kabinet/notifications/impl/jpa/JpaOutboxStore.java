package org.kabinet.notifications.impl.jpa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.impl.OutboxStore;
import org.kabinet.notifications.impl.QueuedLetter;

/** The outbox table through the bundle's JTA persistence unit; joins the caller's transaction. */
public final class JpaOutboxStore implements OutboxStore {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JpaTemplate jpa;

    public JpaOutboxStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public boolean add(EmailMessage message, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean known = !em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.idempotencyKey = :key")
                    .setParameter("key", message.idempotencyKey()).getResultList().isEmpty();
            if (known) {
                return false;
            }
            OutboxEntryEntity e = new OutboxEntryEntity();
            e.id = UUID.randomUUID().toString();
            e.idempotencyKey = message.idempotencyKey();
            e.channel = "EMAIL";
            e.recipient = message.to();
            e.subject = message.subject();
            e.body = message.text();
            e.actionUrl = message.actionUrl();
            e.actionLabel = message.actionLabel();
            e.state = PENDING;
            e.createdAt = now.toEpochMilli();
            e.nextAttemptAt = now.toEpochMilli();
            em.persist(e);
            return true;
        });
    }

    @Override
    public List<QueuedLetter> due(Instant now, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("SELECT e FROM OutboxEntryEntity e WHERE e.state = :state AND e.nextAttemptAt <= :now"
                        + " ORDER BY e.nextAttemptAt, e.createdAt", OutboxEntryEntity.class)
                .setParameter("state", PENDING).setParameter("now", now.toEpochMilli())
                .setMaxResults(limit).getResultList().stream()
                .map(e -> new QueuedLetter(e.id, e.idempotencyKey, e.recipient, e.subject, e.body,
                        e.actionUrl, e.actionLabel, e.attempts))
                .collect(Collectors.toList()));
    }

    @Override
    public void markSent(String id, int attempts, Instant at) {
        update(id, e -> {
            e.state = SENT;
            e.attempts = attempts;
            e.sentAt = at.toEpochMilli();
            e.lastError = null;
        });
    }

    @Override
    public void markRetry(String id, int attempts, Instant nextAttempt, String error) {
        update(id, e -> {
            e.attempts = attempts;
            e.nextAttemptAt = nextAttempt.toEpochMilli();
            e.lastError = error;
        });
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        update(id, e -> {
            e.state = FAILED;
            e.attempts = attempts;
            e.lastError = error;
        });
    }

    private void update(String id, java.util.function.Consumer<OutboxEntryEntity> change) {
        jpa.tx(TransactionType.Required, (EntityManager em) -> {
            OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
            if (e != null) {
                change.accept(e);
            }
        });
    }
}
