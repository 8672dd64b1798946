package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_AUDIT")
public class AuditEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "EVENT_AT")
    long at;
    @Column(name = "EVENT_TYPE")
    String type;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "DETAIL")
    String detail;
}
