package org.kabinet.communication.impl.announcements.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "ANN_RECIPIENT")
@IdClass(RecipientEntity.Key.class)
public class RecipientEntity {
    @Id
    @Column(name = "ANNOUNCEMENT_ID")
    String announcementId;
    @Id
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "EMAIL")
    String email;
    /** Comma-separated. */
    @Column(name = "ACCOUNT_NUMBERS")
    String accountNumbers;
    @Column(name = "EMAIL_QUEUED")
    boolean emailQueued;
    @Column(name = "SMS_QUEUED")
    boolean smsQueued;
    /** 1: its e-mail and SMS, if any, are queued; 0 from the claim until its batch is done. */
    @Column(name = "DELIVERED")
    int delivered;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String announcementId;
        String tenantId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(announcementId, k.announcementId) && Objects.equals(tenantId, k.tenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(announcementId, tenantId);
        }
    }
}
