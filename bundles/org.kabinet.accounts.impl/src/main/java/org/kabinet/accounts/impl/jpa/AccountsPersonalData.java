package org.kabinet.accounts.impl.jpa;

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
 * What the accounts module keeps about a tenant: the linked personal accounts (with the household role) and the
 * phone. Erasing removes the links, the members' access the tenant granted and the invitations the tenant sent,
 * the phone and the record of codes sent to it; the personal accounts themselves
 * (and everything billed on them) belong to the company and stay.
 */
public class AccountsPersonalData implements PersonalDataSource {
    private final EntityManagers em;
    private final Transactions tx;

    public AccountsPersonalData(EntityManagers em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    @Override
    public String key() {
        return "accounts";
    }

    @Override
    public String title() {
        return "Лицевые счета и телефон";
    }

    @Override
    public Object export(DataSubject subject) {
        return tx.inTransaction(() -> em.with(m -> {
            List<Object[]> links = m.createQuery("SELECT a.number, c.name, a.address, l.linkedAt, l.access FROM LinkEntity l, AccountEntity a,"
                            + " CityEntity c WHERE a.id = l.accountId AND c.id = a.cityId AND l.tenantId = :t ORDER BY l.linkedAt",
                    Object[].class).setParameter("t", subject.tenantId()).getResultList();
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("links", links.stream().map(r -> {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("number", r[0]);
                link.put("city", r[1]);
                link.put("address", r[2]);
                link.put("linkedAt", Instant.ofEpochMilli((Long) r[3]).toString());
                link.put("access", r[4] == null ? "HOLDER" : r[4]);
                return link;
            }).collect(Collectors.toList()));
            PhoneEntity phone = m.find(PhoneEntity.class, subject.tenantId());
            if (phone == null) {
                tree.put("phone", null);
            } else {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("number", "+7" + phone.phone);
                p.put("verified", phone.verified != 0);
                p.put("updatedAt", Instant.ofEpochMilli(phone.updatedAt).toString());
                tree.put("phone", p);
            }
            return tree;
        }));
    }

    @Override
    public void erase(DataSubject subject) {
        tx.inTransaction(() -> em.with(m -> {
            m.createQuery("DELETE FROM LinkEntity l WHERE l.tenantId = :t").setParameter("t", subject.tenantId()).executeUpdate();
            // a holder's household ends with the holder: the members' access and the invitations sent
            m.createQuery("DELETE FROM LinkEntity l WHERE l.grantedBy = :t").setParameter("t", subject.tenantId()).executeUpdate();
            m.createQuery("DELETE FROM InvitationEntity i WHERE i.holderId = :t").setParameter("t", subject.tenantId()).executeUpdate();
            m.createQuery("DELETE FROM PhoneEntity p WHERE p.tenantId = :t").setParameter("t", subject.tenantId()).executeUpdate();
            m.createQuery("DELETE FROM PhoneCodeEntity p WHERE p.tenantId = :t").setParameter("t", subject.tenantId()).executeUpdate();
            return null;
        }));
    }
}
