package org.kabinet.registration.impl.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "REG_ERASURE")
@IdClass(ErasureEntity.Key.class)
public class ErasureEntity {
    @Id
    @Column(name = "USER_ID")
    String userId;
    @Id
    @Column(name = "SOURCE_KEY")
    String sourceKey;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "ATTEMPTS")
    int attempts;
    @Column(name = "LAST_ERROR")
    String lastError;
    @Column(name = "DONE_AT")
    Long doneAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String userId;
        String sourceKey;

        public Key() {
        }

        Key(String userId, String sourceKey) {
            this.userId = userId;
            this.sourceKey = sourceKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(sourceKey, k.sourceKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, sourceKey);
        }
    }
}
