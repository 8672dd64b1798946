package org.kabinet.communication.impl.announcements.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "ANN_READ")
@IdClass(ReadEntity.Key.class)
public class ReadEntity {
    @Id
    @Column(name = "ANNOUNCEMENT_ID")
    String announcementId;
    @Id
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "READ_AT")
    long readAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String announcementId;
        String tenantId;

        public Key() {
        }

        Key(String announcementId, String tenantId) {
            this.announcementId = announcementId;
            this.tenantId = tenantId;
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
