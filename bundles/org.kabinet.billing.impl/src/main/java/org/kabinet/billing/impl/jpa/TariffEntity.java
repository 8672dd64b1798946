package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_TARIFF")
public class TariffEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "SERVICE_CODE")
    String serviceCode;
    @Column(name = "SCOPE")
    String scope;
    @Column(name = "SCOPE_VALUE")
    String scopeValue;
    @Column(name = "VALID_FROM")
    String validFrom;
    @Column(name = "VALID_TO")
    String validTo;
    @Column(name = "PRICE")
    java.math.BigDecimal price;
}
