package org.kabinet.billing.impl.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_DEBT_RUN")
public class DebtRunEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "MONTH")
    String month;
    @Column(name = "STATE")
    String state;
    @Column(name = "BY_NAME")
    String by;
    @Column(name = "STARTED_AT")
    long startedAt;
    @Column(name = "FINISHED_AT")
    Long finishedAt;
    @Column(name = "THRESHOLD")
    BigDecimal threshold;
    @Column(name = "DEBTORS")
    int debtors;
    @Column(name = "TENANTS_FOUND")
    int found;
    @Column(name = "QUEUED")
    int queued;
    @Column(name = "ALREADY_QUEUED")
    int alreadyQueued;
    @Column(name = "NO_PHONE")
    int noPhone;
    @Column(name = "SWITCHED_OFF")
    int switchedOff;
    @Column(name = "SAMPLE_TEXT")
    String sampleText;
}
