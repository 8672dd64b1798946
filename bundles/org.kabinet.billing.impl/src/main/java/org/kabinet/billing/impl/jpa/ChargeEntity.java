package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_CHARGE")
public class ChargeEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "PERIOD")
    String period;
    @Column(name = "SERVICE_CODE")
    String serviceCode;
    @Column(name = "KIND")
    String kind;
    @Column(name = "VOLUME")
    java.math.BigDecimal volume;
    @Column(name = "UNIT")
    String unit;
    @Column(name = "TARIFF")
    java.math.BigDecimal tariff;
    @Column(name = "AMOUNT")
    java.math.BigDecimal amount;
    @Column(name = "VOLUME_SOURCE")
    String volumeSource;
    @Column(name = "ORIGIN")
    String origin;
    @Column(name = "IMPORT_KEY")
    String importKey;
    @Column(name = "REASON")
    String reason;
    @Column(name = "CREATED_AT")
    long createdAt;
}
