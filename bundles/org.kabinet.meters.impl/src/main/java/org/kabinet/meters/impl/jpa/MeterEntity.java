package org.kabinet.meters.impl.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MET_METER")
public class MeterEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "RESOURCE_KIND")
    String resource;
    @Column(name = "SERIAL_NUMBER")
    String serialNumber;
    @Column(name = "PLACE")
    String place;
    @Column(name = "ZONES")
    int zones;
    @Column(name = "DIGITS")
    int digits;
    @Column(name = "INSTALLED_ON")
    String installedOn;
    @Column(name = "VERIFICATION_DUE")
    String verificationDue;
    @Column(name = "STATE")
    String state;
    @Column(name = "INITIAL1")
    BigDecimal initial1;
    @Column(name = "INITIAL2")
    BigDecimal initial2;
    @Column(name = "INITIAL3")
    BigDecimal initial3;
    @Column(name = "TENANT_NAME")
    String tenantName;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "LAST_SUBMITTED_AT")
    Long lastSubmittedAt;
}
