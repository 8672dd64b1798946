package org.kabinet.notifications.impl.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.persistence.Dialect;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Leases;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.OutboxStore;
import org.kabinet.notifications.impl.QueuedFile;
import org.kabinet.notifications.impl.QueuedLetter;
import org.kabinet.notifications.impl.QueuedSms;
import org.kabinet.notifications.impl.DeliveryRecord;
import org.kabinet.notifications.impl.SecretBox;
import org.kabinet.notifications.impl.SentSms;
import org.kabinet.notifications.api.SmsPriority;

/** The outbox tables through the bundle's persistence unit; every call joins the caller's transaction. */
public final class JpaOutboxStore implements OutboxStore {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    /** The schema's migrations in order (db/notifications), for the component and the tests. */
    public static final java.util.List<String> MIGRATIONS = java.util.List.of("V1__outbox.sql", "V2__sms.sql",
            "V3__sms_priority.sql", "V4__sms_delivery.sql", "V5__attachments.sql", "V6__settings.sql", "V7__sms_due_order.sql",
            "V8__secrets_sms_cap.sql", "V9__retention.sql", "V10__claims.sql", "V11__webhooks.sql");
    /** How long a claim holds by default if its node dies before settling the message. */
    public static final java.time.Duration DEFAULT_CLAIM = java.time.Duration.ofMinutes(5);
    /** A secret (link or code) held for delivery. */
    static final String SECRET_KEPT = "KEPT";
    /** A secret that is gone: the message went out or failed for good. */
    static final String SECRET_ERASED = "ERASED";
    /** SMS rows written per JDBC batch. */
    private static final int BATCH = 500;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(JpaOutboxStore.class.getName());
    /** Why a waiting secret message failed: its secret was sealed by an earlier start. */
    static final String SECRET_LOST = "its link or code was sealed by an earlier start of the portal and cannot be"
            + " opened now: the person asks for a new one";

    private final EntityManagers jpa;
    private final SecretBox secrets;
    /** This node's name on its claims. */
    private final String node;
    private final java.time.Duration claim;
    /** The database's dialect, known at the first claim. */
    private volatile Dialect dialect;

    /** A store sealing the waiting secrets with a key of its own (a fresh one: secrets of earlier starts are lost). */
    public JpaOutboxStore(EntityManagers jpa) {
        this(jpa, SecretBox.withFreshKey());
    }

    public JpaOutboxStore(EntityManagers jpa, SecretBox secrets) {
        this(jpa, secrets, Leases.thisNode(), DEFAULT_CLAIM);
    }

    /**
     * @param node  this node's name on the messages it claims
     * @param claim how long a claim holds if the node dies before it settles the message: longer than a
     *              dispatcher pass may take (the dispatchers stop a pass at half of it)
     */
    public JpaOutboxStore(EntityManagers jpa, SecretBox secrets, String node, java.time.Duration claim) {
        this.jpa = jpa;
        this.secrets = secrets;
        this.node = node;
        this.claim = claim;
    }

    @Override
    public boolean add(EmailMessage message, Instant now) {
        return jpa.with(em -> {
            // a secret link is kept sealed: the database and its log never see it
            OutboxEntryEntity e = insert(message.idempotencyKey(), "EMAIL", message.to(), message.subject(), message.text(),
                    message.secret() ? secrets.seal(message.actionUrl()) : message.actionUrl(), message.actionLabel(), now,
                    SmsPriority.ROUTINE.name());
            if (e == null) {
                return false;
            }
            e.unsubscribeUrl = message.unsubscribeUrl();
            e.secretState = message.secret() ? SECRET_KEPT : null;
            if (!message.attachments().isEmpty()) {
                em.flush(); // the letter's row first: its attachments refer to it
            }
            int position = 0;
            for (Attachment file : message.attachments()) {
                AttachmentEntity a = new AttachmentEntity();
                a.id = UUID.randomUUID().toString();
                a.outboxId = e.id;
                a.position = position++;
                a.name = file.name();
                a.contentType = file.contentType();
                a.content = file.content();
                a.source = file.source();
                em.persist(a);
            }
            return true;
        });
    }

    @Override
    public void storeFile(String fileId, byte[] content) {
        jpa.with(em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, fileId);
            if (a != null) {
                a.content = content;
            }
            return null;
        });
    }

    @Override
    public boolean addSms(SmsRequest message, Instant now) {
        return jpa.with(em -> { // one transaction: the secret is set on the row just persisted
            // a code is kept apart and sealed; the text waits with it masked
            OutboxEntryEntity e = insert(message.idempotencyKey(), "SMS", message.phone(), "", message.maskedText(), null, null,
                    now, message.priority().name());
            if (e != null && message.secret() != null) {
                e.secretText = secrets.seal(message.secret());
                e.secretState = SECRET_KEPT;
            }
            return e != null;
        });
    }

    /**
     * Many SMS at once on the transaction's own connection (after a flush, so it sees this transaction's
     * rows): each key looked up by the unique index (a prepared statement, one plan whatever the table's
     * size — an {@code IN} list let Derby keep a table-scan plan compiled on an empty outbox), the new
     * rows written in JDBC batches. The same transaction as the caller's change, as every enqueue.
     */
    @Override
    public java.util.Set<String> addAllSms(List<SmsRequest> messages, Instant now) {
        return jpa.with(em -> {
            em.flush();
            java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
            java.util.Set<String> added = new java.util.LinkedHashSet<>();
            try (java.sql.PreparedStatement known = connection.prepareStatement(
                    "SELECT 1 FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY = ?");
                 java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO NOTIF_OUTBOX (ID, IDEMPOTENCY_KEY, "
                         + "CHANNEL, RECIPIENT, SUBJECT, BODY, STATE, PRIORITY, ATTEMPTS, NEXT_ATTEMPT_AT, CREATED_AT, "
                         + "SECRET_TEXT, SECRET_STATE) VALUES (?, ?, 'SMS', ?, '', ?, ?, ?, 0, ?, ?, ?, ?)")) {
                int pending = 0;
                for (SmsRequest message : messages) {
                    if (added.contains(message.idempotencyKey())) {
                        continue;
                    }
                    known.setString(1, message.idempotencyKey());
                    try (java.sql.ResultSet row = known.executeQuery()) {
                        if (row.next()) {
                            continue;
                        }
                    }
                    added.add(message.idempotencyKey());
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, message.idempotencyKey());
                    insert.setString(3, message.phone());
                    insert.setString(4, message.maskedText());
                    insert.setString(5, PENDING);
                    insert.setString(6, message.priority().name());
                    insert.setLong(7, now.toEpochMilli());
                    insert.setLong(8, now.toEpochMilli());
                    insert.setString(9, secrets.seal(message.secret()));
                    insert.setString(10, message.secret() == null ? null : SECRET_KEPT);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot queue SMS: " + e.getMessage(), e);
            }
            return added;
        });
    }

    @Override
    public Map<String, Integer> countByState(String keyPattern) {
        return jpa.with(em -> {
            Map<String, Integer> counts = new java.util.HashMap<>();
            em.createQuery("SELECT e.state, COUNT(e) FROM OutboxEntryEntity e WHERE e.idempotencyKey LIKE :pattern"
                            + " GROUP BY e.state", Object[].class).setParameter("pattern", keyPattern).getResultList()
                    .forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
            // delivered SMS stay SENT; the provider's report is counted apart
            em.createQuery("SELECT e.deliveryState, COUNT(e) FROM OutboxEntryEntity e WHERE e.idempotencyKey LIKE :pattern"
                            + " AND e.deliveryState IS NOT NULL GROUP BY e.deliveryState", Object[].class)
                    .setParameter("pattern", keyPattern).getResultList()
                    .forEach(r -> counts.put("DELIVERY_" + r[0], ((Number) r[1]).intValue()));
            return counts;
        });
    }

    /** The new entry, or null when the key is known. */
    private OutboxEntryEntity insert(String key, String channel, String recipient, String subject, String body,
                           String actionUrl, String actionLabel, Instant now, String priority) {
        return jpa.with(em -> {
            boolean known = !em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.idempotencyKey = :key")
                    .setParameter("key", key).getResultList().isEmpty();
            if (known) {
                return null;
            }
            OutboxEntryEntity e = entity(key, channel, recipient, subject, body, actionUrl, actionLabel, now, priority);
            em.persist(e);
            return e;
        });
    }

    private static OutboxEntryEntity entity(String key, String channel, String recipient, String subject, String body,
                                            String actionUrl, String actionLabel, Instant now, String priority) {
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
        return e;
    }

    @Override
    public List<QueuedLetter> due(Instant now, int limit) {
        return jpa.with(em -> { // one transaction: a letter whose secret is lost fails in it
            List<OutboxEntryEntity> due = new java.util.ArrayList<>();
            Map<String, String> links = new java.util.HashMap<>();
            for (OutboxEntryEntity e : dueEntries("EMAIL", now, limit, null)) {
                if (SECRET_KEPT.equals(e.secretState)) {
                    java.util.Optional<String> link = secrets.open(e.actionUrl);
                    if (link.isEmpty()) {
                        lose(e);
                        continue;
                    }
                    links.put(e.id, link.get());
                }
                due.add(e);
            }
            Map<String, List<QueuedFile>> files = files(due.stream().map(e -> e.id).toList());
            return due.stream()
                    .map(e -> new QueuedLetter(e.id, e.idempotencyKey, e.recipient, e.subject, e.body,
                            links.getOrDefault(e.id, e.actionUrl), e.actionLabel, e.attempts, files.getOrDefault(e.id, List.of()),
                            e.unsubscribeUrl))
                    .collect(Collectors.toList());
        });
    }

    /** A waiting message whose secret cannot be opened (sealed by an earlier start): failed, its secret erased. */
    private static void lose(OutboxEntryEntity e) {
        e.state = FAILED;
        e.leaseUntil = null;
        e.lastError = SECRET_LOST;
        eraseSecret(e);
        LOG.warning(() -> "Outbox message " + e.idempotencyKey + " failed: " + SECRET_LOST);
    }

    /** The SMS text to send: the waiting text with its masked code put back. */
    private static String unmasked(String maskedText, String code) {
        String mask = "\u2022".repeat(code.length());
        return maskedText.contains(mask) ? maskedText.replace(mask, code) : maskedText;
    }

    /** The attachments of the letters, in their order. */
    private Map<String, List<QueuedFile>> files(List<String> letterIds) {
        if (letterIds.isEmpty()) {
            return Map.of();
        }
        return jpa.with(em -> em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.outboxId IN :ids ORDER BY a.position",
                        AttachmentEntity.class).setParameter("ids", letterIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.outboxId,
                        Collectors.mapping(a -> new QueuedFile(a.id, a.name, a.contentType, a.content, a.source), Collectors.toList()))));
    }

    @Override
    public boolean addWebhook(String key, String endpointId, String url, String type, String json, Instant now) {
        return jpa.with(em -> {
            // committed rows only, no flush first: a registry's transaction queues one row per payment, and a flush
            // before each check would go through all of them (an event is published once per transaction; the
            // unique key still refuses a second row at commit)
            boolean known = !em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.idempotencyKey = :key")
                    .setParameter("key", key).setFlushMode(javax.persistence.FlushModeType.COMMIT).getResultList().isEmpty();
            if (known) {
                return false;
            }
            em.persist(entity(key, "WEBHOOK", endpointId, type, json, cut(url, 1000), null, now, SmsPriority.ROUTINE.name()));
            return true;
        });
    }

    @Override
    public List<org.kabinet.notifications.impl.QueuedWebhook> dueWebhooks(Instant now, int limit) {
        return jpa.with(em -> dueEntries("WEBHOOK", now, limit, null).stream()
                .map(e -> new org.kabinet.notifications.impl.QueuedWebhook(e.id, e.idempotencyKey, e.recipient, e.subject,
                        e.body, e.attempts))
                .toList());
    }

    @Override
    public List<QueuedSms> dueSms(Instant now, int limit, boolean immediateOnly) {
        return jpa.with(em -> {
            List<QueuedSms> due = new java.util.ArrayList<>();
            for (OutboxEntryEntity e : dueEntries("SMS", now, limit, immediateOnly ? SmsPriority.IMMEDIATE.name() : null)) {
                String text = e.body;
                if (SECRET_KEPT.equals(e.secretState)) {
                    java.util.Optional<String> code = secrets.open(e.secretText);
                    if (code.isEmpty()) {
                        lose(e);
                        continue;
                    }
                    text = unmasked(e.body, code.get());
                }
                due.add(new QueuedSms(e.id, e.idempotencyKey, e.recipient, text, e.attempts,
                        SmsPriority.IMMEDIATE.name().equals(e.priority)));
            }
            return due;
        });
    }

    /**
     * Pending entries of a channel due now, oldest first, claimed for this node; only those of {@code priority}
     * unless it is null. One transaction picks and claims them. On PostgreSQL the pick locks its rows and
     * passes over those another node is picking ({@code FOR UPDATE SKIP LOCKED}), so two dispatchers take
     * different messages; everywhere a message is claimed by an update that only matches while it is
     * unclaimed or its claim has ended, so no two nodes ever hold one message.
     */
    private List<OutboxEntryEntity> dueEntries(String channel, Instant now, int limit, String priority) {
        return jpa.with(em -> {
            java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
            List<String> claimed = new java.util.ArrayList<>();
            long until = now.plus(claim).toEpochMilli();
            try {
                Dialect db = dialect(connection);
                String sql = "SELECT ID FROM NOTIF_OUTBOX WHERE CHANNEL = ? AND STATE = ? AND NEXT_ATTEMPT_AT <= ?"
                        + (priority == null ? "" : " AND PRIORITY = ?") + " AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)"
                        + " ORDER BY NEXT_ATTEMPT_AT, CREATED_AT FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY"
                        + (db.skipsLocked() ? " FOR UPDATE SKIP LOCKED" : "");
                List<String> picked = new java.util.ArrayList<>();
                try (java.sql.PreparedStatement pick = connection.prepareStatement(sql)) {
                    int i = 1;
                    pick.setString(i++, channel);
                    pick.setString(i++, PENDING);
                    pick.setLong(i++, now.toEpochMilli());
                    if (priority != null) {
                        pick.setString(i++, priority);
                    }
                    pick.setLong(i, now.toEpochMilli());
                    try (java.sql.ResultSet rows = pick.executeQuery()) {
                        while (rows.next()) {
                            picked.add(rows.getString(1));
                        }
                    }
                }
                try (java.sql.PreparedStatement take = connection.prepareStatement("UPDATE NOTIF_OUTBOX SET CLAIMED_BY = ?,"
                        + " LEASE_UNTIL = ? WHERE ID = ? AND STATE = ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)")) {
                    for (String id : picked) {
                        take.setString(1, node);
                        take.setLong(2, until);
                        take.setString(3, id);
                        take.setString(4, PENDING);
                        take.setLong(5, now.toEpochMilli());
                        if (take.executeUpdate() == 1) {
                            claimed.add(id);
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot claim due messages: " + e.getMessage(), e);
            }
            List<OutboxEntryEntity> entries = new java.util.ArrayList<>();
            for (String id : claimed) {
                OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
                if (e != null) {
                    // as written above, also when the entity was already in this context (its settling must see a change)
                    e.claimedBy = node;
                    e.leaseUntil = until;
                    entries.add(e);
                }
            }
            return entries;
        });
    }

    private Dialect dialect(java.sql.Connection connection) throws java.sql.SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection);
            dialect = known;
        }
        return known;
    }

    @Override
    public java.time.Duration claim() {
        return claim;
    }

    @Override
    public void release(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jpa.with(em -> em.createQuery("UPDATE OutboxEntryEntity e SET e.leaseUntil = NULL WHERE e.id IN :ids"
                        + " AND e.claimedBy = :node AND e.state = :state")
                .setParameter("ids", ids).setParameter("node", node).setParameter("state", PENDING).executeUpdate());
    }

    @Override
    public int releaseClaims(String channel) {
        return jpa.with(em -> em.createQuery("UPDATE OutboxEntryEntity e SET e.leaseUntil = NULL WHERE e.claimedBy = :node"
                        + " AND e.state = :state AND e.channel = :channel AND e.leaseUntil IS NOT NULL")
                .setParameter("node", node).setParameter("state", PENDING).setParameter("channel", channel).executeUpdate());
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
            a.detail = cut(scrub(em.find(OutboxEntryEntity.class, id), detail), 1000);
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
            eraseSecret(e);
        });
    }

    @Override
    public void markSmsSent(String id, int attempts, Instant at, String gateway, String providerMessageId) {
        update(id, e -> {
            e.state = SENT;
            e.attempts = attempts;
            e.sentAt = at.toEpochMilli();
            e.lastError = null;
            e.smsGateway = cut(gateway, 60);
            e.providerMessageId = providerMessageId;
            eraseSecret(e);
        });
    }

    @Override
    public void markRetry(String id, int attempts, Instant nextAttempt, String error) {
        update(id, e -> {
            e.attempts = attempts;
            e.nextAttemptAt = nextAttempt.toEpochMilli();
            e.lastError = scrub(e, error);
        });
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        update(id, e -> {
            e.state = FAILED;
            e.attempts = attempts;
            e.lastError = scrub(e, error);
            eraseSecret(e);
        });
    }

    /**
     * Forgets a settled message's secret, keeping what was sent when to whom: a letter's secret link
     * goes, an SMS keeps its text with the code masked.
     */
    private static void eraseSecret(OutboxEntryEntity e) {
        if (!SECRET_KEPT.equals(e.secretState)) {
            return;
        }
        if (e.channel.equals("SMS")) {
            e.body = SmsRequest.masked(e.body, e.secretText);
        } else {
            e.actionUrl = null;
        }
        e.secretText = null;
        e.secretState = SECRET_ERASED;
    }

    /** What staff see of an SMS whose text was cleared by the retention rules. */
    static final String CLEARED_TEXT = "(текст удалён по сроку хранения)";

    /**
     * A gateway's or server's answer with the message's secret masked: a provider that echoes the text back in
     * an error would otherwise put the code into the attempts kept for years.
     */
    private String scrub(OutboxEntryEntity e, String text) {
        if (text == null || e == null || !SECRET_KEPT.equals(e.secretState)) {
            return text;
        }
        String scrubbed = SmsRequest.masked(text, secrets.open(e.secretText).orElse(null));
        String link = secrets.open(e.actionUrl).orElse(null);
        return link == null ? scrubbed : scrubbed.replace(link, EmailMessage.maskLink(link));
    }

    /** The text staff see: a letter's subject, an SMS's body with a code that is still kept masked. */
    private static String shownText(OutboxEntryEntity e) {
        if (!e.channel.equals("SMS")) {
            return e.subject;
        }
        if (e.bodyClearedAt != null) {
            return CLEARED_TEXT;
        }
        return SECRET_KEPT.equals(e.secretState) ? SmsRequest.masked(e.body, e.secretText) : e.body;
    }

    @Override
    public int smsCountedSince(Instant dayStart) {
        return jpa.with(em -> {
            // codes only (an SMS with a secret): sent since the day began, and waiting
            long sent = em.createQuery("SELECT COUNT(e) FROM OutboxEntryEntity e WHERE e.channel = 'SMS'"
                            + " AND e.secretState IS NOT NULL AND e.state = :state AND e.sentAt >= :since", Long.class)
                    .setParameter("state", SENT).setParameter("since", dayStart.toEpochMilli()).getSingleResult();
            long waiting = em.createQuery("SELECT COUNT(e) FROM OutboxEntryEntity e WHERE e.channel = 'SMS'"
                            + " AND e.secretState IS NOT NULL AND e.state = :state AND e.priority = :priority", Long.class)
                    .setParameter("state", PENDING).setParameter("priority", SmsPriority.IMMEDIATE.name()).getSingleResult();
            return (int) Math.min(Integer.MAX_VALUE, sent + waiting);
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
                            shownText(e), e.state, e.attempts,
                            Instant.ofEpochMilli(e.createdAt), Instant.ofEpochMilli(e.nextAttemptAt),
                            e.sentAt == null ? null : Instant.ofEpochMilli(e.sentAt), e.lastError,
                            e.providerMessageId, e.deliveryState,
                            e.deliveryAt == null ? null : Instant.ofEpochMilli(e.deliveryAt), e.deliveryDetail))
                    .collect(Collectors.toList());
        });
    }

    @Override
    public boolean retry(String id, Instant now) {
        return jpa.with(em -> {
            OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
            if (e == null || !FAILED.equals(e.state) || SECRET_ERASED.equals(e.secretState) || e.bodyClearedAt != null) {
                return false;
            }
            e.state = PENDING;
            e.nextAttemptAt = now.toEpochMilli();
            e.leaseUntil = null;
            return true;
        });
    }

    @Override
    public java.util.Optional<SentSms> sentSms(String gateway, String providerMessageId) {
        return jpa.with(em -> em.createQuery("SELECT e FROM OutboxEntryEntity e WHERE e.providerMessageId = :id"
                        + " AND e.smsGateway = :gateway AND e.channel = 'SMS' ORDER BY e.sentAt DESC", OutboxEntryEntity.class)
                .setParameter("id", providerMessageId).setParameter("gateway", gateway).setMaxResults(1)
                .getResultList().stream().findFirst().map(JpaOutboxStore::sent));
    }

    @Override
    public List<SentSms> unconfirmedSms(String gateway, Instant sentSince, Instant checkedBefore, int limit) {
        return jpa.with(em -> em.createQuery("SELECT e FROM OutboxEntryEntity e WHERE e.channel = 'SMS' AND e.state = :state"
                        + " AND e.sentAt >= :since AND e.smsGateway = :gateway AND e.providerMessageId IS NOT NULL"
                        + " AND e.deliveryState IS NULL AND ((e.deliveryCheckedAt IS NULL AND e.sentAt <= :before)"
                        + " OR e.deliveryCheckedAt <= :before) ORDER BY e.sentAt", OutboxEntryEntity.class)
                .setParameter("state", SENT).setParameter("since", sentSince.toEpochMilli())
                .setParameter("gateway", gateway).setParameter("before", checkedBefore.toEpochMilli())
                .setMaxResults(limit).getResultList().stream().map(JpaOutboxStore::sent).toList());
    }

    private static SentSms sent(OutboxEntryEntity e) {
        return new SentSms(e.id, e.idempotencyKey, e.providerMessageId, e.deliveryState);
    }

    @Override
    public void markDeliveryChecked(java.util.Collection<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jpa.with(em -> em.createQuery("UPDATE OutboxEntryEntity e SET e.deliveryCheckedAt = :at WHERE e.id IN :ids")
                .setParameter("at", at.toEpochMilli()).setParameter("ids", ids).executeUpdate());
    }

    @Override
    public boolean hasDeliveryReport(String id, String status) {
        return jpa.with(em -> !em.createQuery("SELECT r.id FROM DeliveryReportEntity r WHERE r.outboxId = :id AND r.status = :status")
                .setParameter("id", id).setParameter("status", status).setMaxResults(1).getResultList().isEmpty());
    }

    @Override
    public void recordDeliveryReport(DeliveryRecord report) {
        jpa.with(em -> {
            DeliveryReportEntity r = new DeliveryReportEntity();
            r.id = UUID.randomUUID().toString();
            r.outboxId = report.outboxId();
            r.gateway = cut(report.gateway(), 60);
            r.providerMessageId = report.providerMessageId();
            r.status = report.status();
            r.reportedAt = report.reportedAt() == null ? null : report.reportedAt().toEpochMilli();
            r.receivedAt = report.receivedAt().toEpochMilli();
            r.source = report.source();
            r.detail = cut(report.detail(), 1000);
            em.persist(r);
            return null;
        });
    }

    @Override
    public void markDelivery(String id, String state, Instant at, String detail) {
        update(id, e -> {
            e.deliveryState = state;
            e.deliveryAt = at.toEpochMilli();
            e.deliveryDetail = cut(detail, 1000);
        });
    }

    @Override
    public int clearBodies(String state, Instant before, Instant now, int limit) {
        return jpa.with(em -> {
            List<String> ids = em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.state = :state"
                            + " AND e.bodyClearedAt IS NULL AND " + (SENT.equals(state) ? "e.sentAt" : "e.createdAt") + " < :before",
                            String.class)
                    .setParameter("state", state).setParameter("before", before.toEpochMilli())
                    .setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            em.createQuery("UPDATE OutboxEntryEntity e SET e.body = '', e.actionUrl = NULL, e.unsubscribeUrl = NULL,"
                            + " e.secretText = NULL, e.bodyClearedAt = :now WHERE e.id IN :ids")
                    .setParameter("now", now.toEpochMilli()).setParameter("ids", ids).executeUpdate();
            em.createQuery("UPDATE AttachmentEntity a SET a.content = NULL WHERE a.outboxId IN :ids")
                    .setParameter("ids", ids).executeUpdate();
            return ids.size();
        });
    }

    @Override
    public int deleteSettled(Instant before, int limit) {
        return jpa.with(em -> {
            List<String> ids = em.createQuery("SELECT e.id FROM OutboxEntryEntity e WHERE e.createdAt < :before"
                            + " AND e.state <> :pending", String.class)
                    .setParameter("before", before.toEpochMilli()).setParameter("pending", PENDING)
                    .setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            for (String entity : List.of("AttemptEntity", "DeliveryReportEntity", "AttachmentEntity")) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.outboxId IN :ids").setParameter("ids", ids).executeUpdate();
            }
            em.createQuery("DELETE FROM OutboxEntryEntity e WHERE e.id IN :ids").setParameter("ids", ids).executeUpdate();
            return ids.size();
        });
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }

    private void update(String id, java.util.function.Consumer<OutboxEntryEntity> change) {
        jpa.with(em -> {
            OutboxEntryEntity e = em.find(OutboxEntryEntity.class, id);
            if (e != null) {
                change.accept(e);
                e.leaseUntil = null; // settled or waiting for its next attempt: no longer claimed
            }
            return null;
        });
    }
}
