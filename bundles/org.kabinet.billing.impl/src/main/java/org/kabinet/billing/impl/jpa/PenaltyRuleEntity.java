package org.kabinet.billing.impl.jpa;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_PENALTY_RULE")
@IdClass(PenaltyRuleEntity.Key.class)
public class PenaltyRuleEntity {
    @Id
    @Column(name = "KIND")
    String kind;
    @Id
    @Column(name = "VALID_FROM")
    String validFrom;
    @Column(name = "VALID_TO")
    String validTo;
    @Column(name = "CAP_PERCENT")
    java.math.BigDecimal capPercent;
    @Column(name = "SOURCE")
    String source;

    /** A rule is known by its kind and first day. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String validFrom;

        public Key() {
        }

        Key(String kind, String validFrom) {
            this.kind = kind;
            this.validFrom = validFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind.equals(k.kind) && validFrom.equals(k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, validFrom);
        }
    }
}
