package org.kabinet.communication.impl.announcements.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "ANN_AUDIENCE_ACCOUNT")
@IdClass(AudienceAccountEntity.Key.class)
public class AudienceAccountEntity {
    @Id
    @Column(name = "ANNOUNCEMENT_ID")
    String announcementId;
    @Id
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "ACCOUNT_NUMBER")
    String accountNumber;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String announcementId;
        String accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(announcementId, k.announcementId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(announcementId, accountId);
        }
    }
}
