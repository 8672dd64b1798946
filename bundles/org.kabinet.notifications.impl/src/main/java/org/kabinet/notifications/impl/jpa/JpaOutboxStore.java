package org.kabinet.notifications.impl.jpa;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.OutboxStore;
import org.kabinet.notifications.impl.QueuedLetter;
import org.kabinet.notifications.impl.QueuedSms;
import org.kabinet.notifications.api.SmsPriority;

/** The outbox tables through the bundle's persistence unit; every call joins the caller's transaction. */
public final class JpaOutboxStore implements OutboxStore {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final EntityManagers jpa;

    public JpaOutboxStore(EntityManagers jpa) {
        this.jpa = jpa;
    }

    @Override
    public boolean add(EmailMessage message, Instant now) {
        return insert(message.idempotencyKey(), "EMAIL", message.to(), message.subject(), message.text(),
                message.actionUrl(), message.actionLabel(), now, SmsPriority.ROUTINE.name());
    }

    @Override
    public boolean addSms(SmsRequest message, Instant now) {
        return insert(message.idempotencyKey(), "SMS", message.phone(), "", message.text(), null, null, now,
                message.priority().name());
    }

    private boolean insert(String key, String channel, String recipient, String subject, String body,
                           String actionUrl, String actionLabel, Instant now, String priority) {
        return jpa.with(em -> {
            boolean known = !em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.idempotencyKey = :key")
                    .setParameter("key", key).getResultList().isEmpty();
            if (known) {
                return false;
            }
            OutboxEntryEntity e = new OutboxEntryEntity();
            e.id = UUID.randomUUID().toString();
            e.idempotencyKey = key;
            e.channel = channel;
            e.recipient = recipient;
            e.subject = subject;
            e.body = body;
            e.actionUrl = actionUrl;
            e.actionLabel = actionLabel;
            e.state = PENDING;
            e.priority = priority;
            e.createdAt = now.toEpochMilli();
            e.nextAttemptAt = now.toEpochMilli();
            em.persist(e);
            return true;
        });
    }

    @Override
    public List<QueuedLetter> due(Instant now, int limit) {
        return dueEntries("EMAIL", now, limit, null).stream()
                .map(e -> new QueuedLetter(e.id, e.idempotencyKey, e.recipient, e.subject, e.body,
                        e.actionUrl, e.actionLabel, e.attempts))
                .collect(Collectors.toList());
    }

    @Override
    public List<QueuedSms> dueSms(Instant now, int limit, boolean immediateOnly) {
        return dueEntries("SMS", now, limit, immediateOnly ? SmsPriority.IMMEDIATE.name() : null).stream()
                .map(e -> new QueuedSms(e.id, e.idempotencyKey, e.recipient, e.body, e.attempts))
                .collect(Collectors.toList());
    }

    /** Pending entries of a channel due now, oldest first; only those of {@code priority} unless it is null. */
    private List<OutboxEntryEntity> dueEntries(String channel, Instant now, int limit, String priority) {
        return jpa.with(em -> {
            var query = em.createQuery("SELECT e FROM OutboxEntryEntity e WHERE e.channel = :channel AND e.state = :state"
                    + " AND e.nextAttemptAt <= :now" + (priority == null ? "" : " AND e.priority = :priority")
                    + " ORDER BY e.nextAttemptAt, e.createdAt", OutboxEntryEntity.class)
                    .setParameter("channel", channel).setParameter("state", PENDING).setParameter("now", now.toEpochMilli());
            if (priority != null) {
                query.setParameter("priority", priority);
            }
            return query.setMaxResults(limit).getResultList();
        });
    }

    @Override
    public void recordAttempt(String id, Instant at, String gateway, String outcome, String detail) {
        jpa.with(em -> {
            AttemptEntity a = new AttemptEntity();
            a.id = UUID.randomUUID().toString();
            a.outboxId = id;
            a.attemptedAt = at.toEpochMilli();
            a.gateway = gateway;
            a.outcome = outcome;
            a.detail = detail == null ? null : detail.substring(0, Math.min(1000, detail.length()));
            em.persist(a);
            return null;
        });
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

    @Override
    public List<OutboxEntry> entries(String channel, String state, int limit) {
        return jpa.with(em -> {
            StringBuilder jpql = new StringBuilder("SELECT e FROM OutboxEntryEntity e WHERE 1 = 1");
            if (channel != null) {
                jpql.append(" AND e.channel = :channel");
            }
            if (state != null) {
                jpql.append(" AND e.state = :state");
            }
            var query = em.createQuery(jpql.append(" ORDER BY e.createdAt DESC").toString(), OutboxEntryEntity.class);
            if (channel != null) {
                query.setParameter("channel", channel);
            }
            if (state != null) {
                query.setParameter("state", state);
            }
            return query.setMaxResults(limit).getResultList().stream()
                    .map(e -> new OutboxEntry(e.id, e.idempotencyKey, e.channel, e.recipient,
                            e.channel.equals("SMS") ? e.body : e.subject, e.state, e.attempts,
                            Instant.ofEpochMilli(e.createdAt), Instant.ofEpochMilli(e.nextAttemptAt),
                            e.sentAt == null ? null : Instant.ofEpochMilli(e.sentAt), e.lastError))
                    .collect(Collectors.toList());
        });
    }

    @Override
    public boolean retry(String id, Instant now) {
        return jpa.with(em -> {
            OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
            if (e == null || !FAILED.equals(e.state)) {
                return false;
            }
            e.state = PENDING;
            e.nextAttemptAt = now.toEpochMilli();
            return true;
        });
    }

    private void update(String id, java.util.function.Consumer<OutboxEntryEntity> change) {
        jpa.with(em -> {
            OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
            if (e != null) {
                change.accept(e);
            }
            return null;
        });
    }
}
