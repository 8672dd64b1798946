package org.kabinet.meters.impl.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "MET_WINDOW")
@IdClass(WindowEntity.Key.class)
public class WindowEntity {
    @Id
    @Column(name = "SCOPE_KIND")
    String scope;
    @Id
    @Column(name = "SCOPE_VALUE")
    String scopeValue;
    @Column(name = "FROM_DAY")
    int fromDay;
    @Column(name = "TO_DAY")
    int toDay;
    @Column(name = "WINDOW_MODE")
    String mode;

    /** A rule is known by its scope and the scope's value (empty for the company). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String scope;
        String scopeValue;

        public Key() {
        }

        Key(String scope, String scopeValue) {
            this.scope = scope;
            this.scopeValue = scopeValue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && scope.equals(k.scope) && scopeValue.equals(k.scopeValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, scopeValue);
        }
    }
}
