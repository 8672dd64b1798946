package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_AUDIT")
public class AuditEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "CHANGED_AT")
    long at;
    @Column(name = "BY_NAME")
    String by;
    @Column(name = "ACTION")
    String action;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "DETAIL")
    String detail;
}
