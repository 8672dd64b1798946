package org.kabinet.meters.impl.jpa;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Transactions;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalDataSource;

/**
 * A tenant's personal tokens for submitting readings, for "my data": names and dates, never the secret
 * (only its hash is kept anyway). Erasing deletes them, so every token stops working. The readings the
 * tenant submitted stay: they are the company's records of the personal account's meters.
 */
public class TokensPersonalData implements PersonalDataSource {
    private final EntityManagers em;
    private final Transactions tx;

    public TokensPersonalData(EntityManagers em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    @Override
    public String key() {
        return "tokens";
    }

    @Override
    public String title() {
        return "Персональные ключи для передачи показаний";
    }

    @Override
    public Object export(DataSubject subject) {
        return tx.inTransaction(() -> em.with(m -> m.createQuery("SELECT t FROM TokenEntity t WHERE t.tenantId = :t ORDER BY t.createdAt",
                TokenEntity.class).setParameter("t", subject.tenantId()).getResultList().stream().map(t -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", t.name);
                    row.put("createdAt", Instant.ofEpochMilli(t.createdAt).toString());
                    row.put("expiresAt", Instant.ofEpochMilli(t.expiresAt).toString());
                    row.put("lastUsedAt", t.lastUsedAt == null ? null : Instant.ofEpochMilli(t.lastUsedAt).toString());
                    row.put("revoked", t.revoked);
                    return row;
                }).collect(Collectors.toList())));
    }

    @Override
    public void erase(DataSubject subject) {
        tx.inTransaction(() -> em.with(m -> m.createQuery("DELETE FROM TokenEntity t WHERE t.tenantId = :t")
                .setParameter("t", subject.tenantId()).executeUpdate()));
    }
}
