package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A posted payment whose notices are still to be queued. */
@Entity
@Table(name = "BIL_PAYMENT_NOTICE")
public class PaymentNoticeEntity {
    @Id
    @Column(name = "PAYMENT_ID")
    String paymentId;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "POSTED_AT")
    long postedAt;
    @Column(name = "ATTEMPTS")
    int attempts;
}
