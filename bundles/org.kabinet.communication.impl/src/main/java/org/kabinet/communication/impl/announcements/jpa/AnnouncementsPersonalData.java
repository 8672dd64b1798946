package org.kabinet.communication.impl.announcements.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Transactions;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalDataSource;

/**
 * The announcements delivered to a tenant (and those the tenant opened) for "my data": the title, when
 * it was published, the tenant's accounts in its audience, the address it went to, whether a letter or
 * an SMS was queued and when the tenant read it. Erasing pseudonymises the delivery: the recipient row
 * stays (the company's counters and the recipients list keep their numbers) but its e-mail becomes NULL
 * (the column is nullable: tenants without an address are stored so already, and shown as «—»). The read
 * marks stay keyed by the tenant's id: the id is a random one that names nobody once the identity is
 * pseudonymised, and the "read" counts staff see are computed from them.
 */
public class AnnouncementsPersonalData implements PersonalDataSource {
    private final EntityManagers em;
    private final Transactions tx;

    public AnnouncementsPersonalData(EntityManagers em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    @Override
    public String key() {
        return "announcements";
    }

    @Override
    public String title() {
        return "Объявления";
    }

    @Override
    public Object export(DataSubject subject) {
        String id = subject.tenantId();
        return tx.inTransaction(() -> em.with(m -> {
            // Booleans are only read here, never compared (Derby and EclipseLink disagree on both literals and parameters).
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Object[] pair : m.createQuery("SELECT r, a FROM RecipientEntity r, AnnouncementEntity a"
                    + " WHERE r.tenantId = :t AND a.id = r.announcementId", Object[].class).setParameter("t", id).getResultList()) {
                RecipientEntity r = (RecipientEntity) pair[0];
                rows.computeIfAbsent(r.announcementId, k -> new Row((AnnouncementEntity) pair[1])).recipient = r;
            }
            for (Object[] pair : m.createQuery("SELECT d, a FROM ReadEntity d, AnnouncementEntity a"
                    + " WHERE d.tenantId = :t AND a.id = d.announcementId", Object[].class).setParameter("t", id).getResultList()) {
                ReadEntity d = (ReadEntity) pair[0];
                rows.computeIfAbsent(d.announcementId, k -> new Row((AnnouncementEntity) pair[1])).readAt = d.readAt;
            }
            List<Row> sorted = new ArrayList<>(rows.values());
            sorted.sort(Comparator.comparingLong(Row::when).thenComparing(r -> r.announcement.id));
            List<Object> out = new ArrayList<>();
            for (Row row : sorted) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", row.announcement.title);
                item.put("publishedAt", row.announcement.publishedAt == null ? null : iso(row.announcement.publishedAt));
                RecipientEntity r = row.recipient;
                item.put("delivered", r != null);
                item.put("accounts", r == null || r.accountNumbers == null || r.accountNumbers.isEmpty()
                        ? List.of() : Arrays.asList(r.accountNumbers.split(",")));
                item.put("email", r == null ? null : r.email);
                item.put("emailQueued", r != null && r.emailQueued);
                item.put("smsQueued", r != null && r.smsQueued);
                item.put("readAt", row.readAt == null ? null : iso(row.readAt));
                out.add(item);
            }
            return out;
        }));
    }

    private static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    @Override
    public void erase(DataSubject subject) {
        // Matched by the tenant's id only: on a retry the subject's address is already the pseudonym.
        String id = subject.tenantId();
        tx.inTransaction(() -> em.with(m -> {
            m.flush();
            m.createQuery("UPDATE RecipientEntity r SET r.email = NULL WHERE r.tenantId = :t AND r.email IS NOT NULL")
                    .setParameter("t", id).executeUpdate();
            m.clear();
            return null;
        }));
    }

    private static final class Row {
        final AnnouncementEntity announcement;
        RecipientEntity recipient;
        Long readAt;

        Row(AnnouncementEntity announcement) {
            this.announcement = announcement;
        }

        long when() {
            return announcement.publishedAt != null ? announcement.publishedAt : announcement.publishAt;
        }
    }
}
