package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_PAYMENT")
public class PaymentEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "PAID_ON")
    String paidOn;
    @Column(name = "AMOUNT")
    java.math.BigDecimal amount;
    @Column(name = "PERIOD")
    String period;
    @Column(name = "ORIGIN")
    String origin;
    @Column(name = "POSTED_AT")
    long postedAt;
    @Column(name = "POSTED_BY")
    String postedBy;
    @Column(name = "REVERSED_AT")
    Long reversedAt;
    @Column(name = "REVERSAL_REASON")
    String reversalReason;
    @Column(name = "REVERSED_BY")
    String reversedBy;
}
