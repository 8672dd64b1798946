package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_KEY_RATE")
public class KeyRateEntity {
    @Id
    @Column(name = "VALID_FROM")
    String validFrom;
    @Column(name = "PERCENT")
    java.math.BigDecimal percent;
    @Column(name = "SOURCE")
    String source;
}
