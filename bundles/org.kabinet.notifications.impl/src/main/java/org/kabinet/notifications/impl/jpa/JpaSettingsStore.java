package org.kabinet.notifications.impl.jpa;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.persistence.EntityManagers;

/** Tenants' notification choices (only what differs from "on" is kept) and the portal's signing key. */
public final class JpaSettingsStore {
    private final EntityManagers jpa;

    public JpaSettingsStore(EntityManagers jpa) {
        this.jpa = jpa;
    }

    /** {@code account:kind → on} for what the tenant ever set. */
    public Map<String, Boolean> choices(String tenantId) {
        return jpa.with(em -> {
            Map<String, Boolean> choices = new HashMap<>();
            em.createQuery("SELECT s FROM SettingEntity s WHERE s.tenantId = :tenant", SettingEntity.class)
                    .setParameter("tenant", tenantId).getResultList()
                    .forEach(s -> choices.put(s.accountId + ":" + s.kind, s.enabled));
            return choices;
        });
    }

    public void set(String tenantId, String accountId, NotificationKind kind, boolean on, Instant now) {
        jpa.with(em -> {
            String id = tenantId + ":" + accountId + ":" + kind.name();
            SettingEntity s = em.find(SettingEntity.class, id);
            if (s == null) {
                s = new SettingEntity();
                s.id = id;
                s.tenantId = tenantId;
                s.accountId = accountId;
                s.kind = kind.name();
                s.enabled = on;
                s.changedAt = now.toEpochMilli();
                em.persist(s);
            } else if (s.enabled != on) {
                s.enabled = on;
                s.changedAt = now.toEpochMilli();
            }
            return null;
        });
    }

    public Set<String> switchedOff(NotificationKind kind) {
        return jpa.with(em -> em.createQuery("SELECT s.tenantId, s.accountId FROM SettingEntity s WHERE s.kind = :kind"
                        + " AND s.enabled = :off", Object[].class).setParameter("kind", kind.name()).setParameter("off", false)
                .getResultList().stream()
                .map(row -> row[0] + ":" + row[1]).collect(Collectors.toSet()));
    }

    /** The named key, made (256 random bits) and kept on first use. */
    public byte[] key(String name) {
        return jpa.with(em -> {
            KeyEntity k = em.find(KeyEntity.class, name);
            if (k == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                k = new KeyEntity();
                k.name = name;
                k.value = Base64.getEncoder().encodeToString(fresh);
                em.persist(k);
            }
            return Base64.getDecoder().decode(k.value);
        });
    }

    /** Kinds in a stable order, for listing. */
    public static List<NotificationKind> kinds() {
        return List.of(NotificationKind.values());
    }
}
