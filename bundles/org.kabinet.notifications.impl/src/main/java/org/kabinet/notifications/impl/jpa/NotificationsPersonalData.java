package org.kabinet.notifications.impl.jpa;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Transactions;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalDataSource;

/**
 * A tenant's notification settings and what was sent to the tenant's address, for "my data": the kind,
 * the channel, when and how it went — never bodies or links (they may carry secrets). Erasing removes
 * the settings; the log of what went where stays under the outbox's own retention (the confirmation of
 * the deletion itself still has to go out).
 */
public class NotificationsPersonalData implements PersonalDataSource {
    /** The most letters listed: the newest. */
    static final int SENT_LIMIT = 500;
    private static final Map<String, String> KINDS = Map.of("DEBT_SMS", "SMS о задолженности", "PAYMENT_SMS", "SMS о платеже",
            "STATEMENT_EMAIL", "Выписка по электронной почте", "READING_REMINDER", "Напоминания о показаниях и поверке",
            "ANNOUNCEMENT_EMAIL", "Объявления по электронной почте", "MESSAGE_ANSWER_EMAIL", "Ответы на обращения по электронной почте");
    private static final Map<String, String> STATES = Map.of("PENDING", "ожидает отправки", "SENT", "отправлено",
            "FAILED", "не доставлено");
    private final EntityManagers em;
    private final Transactions tx;

    public NotificationsPersonalData(EntityManagers em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    @Override
    public String key() {
        return "notifications";
    }

    @Override
    public String title() {
        return "Уведомления";
    }

    @Override
    public Object export(DataSubject subject) {
        return tx.inTransaction(() -> em.with(m -> {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("settings", m.createQuery("SELECT s FROM SettingEntity s WHERE s.tenantId = :t ORDER BY s.accountId, s.kind",
                    SettingEntity.class).setParameter("t", subject.tenantId()).getResultList().stream().map(s -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("account", s.accountId);
                        row.put("kind", KINDS.getOrDefault(s.kind, s.kind));
                        row.put("enabled", s.enabled);
                        row.put("changedAt", Instant.ofEpochMilli(s.changedAt).toString());
                        return row;
                    }).collect(Collectors.toList()));
            List<OutboxEntryEntity> sent = subject.email() == null ? List.of()
                    : m.createQuery("SELECT o FROM OutboxEntryEntity o WHERE o.recipient = :r ORDER BY o.createdAt DESC",
                    OutboxEntryEntity.class).setParameter("r", subject.email()).setMaxResults(SENT_LIMIT).getResultList();
            tree.put("sent", sent.stream().map(o -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("channel", "SMS".equals(o.channel) ? "SMS" : "электронная почта");
                row.put("kind", kind(o.idempotencyKey));
                row.put("subject", "SMS".equals(o.channel) ? "" : o.subject);
                row.put("createdAt", Instant.ofEpochMilli(o.createdAt).toString());
                row.put("sentAt", o.sentAt == null ? null : Instant.ofEpochMilli(o.sentAt).toString());
                row.put("status", STATES.getOrDefault(o.state, o.state));
                return row;
            }).collect(Collectors.toList()));
            return tree;
        }));
    }

    /** The kind of a message: its idempotency key up to the first colon (e.g. {@code payment-sms}); never the rest. */
    static String kind(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        return colon < 0 ? String.valueOf(key) : key.substring(0, colon);
    }

    @Override
    public void erase(DataSubject subject) {
        tx.inTransaction(() -> em.with(m -> m.createQuery("DELETE FROM SettingEntity s WHERE s.tenantId = :t")
                .setParameter("t", subject.tenantId()).executeUpdate()));
    }
}
