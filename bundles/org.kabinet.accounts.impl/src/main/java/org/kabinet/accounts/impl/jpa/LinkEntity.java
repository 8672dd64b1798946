package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_LINK")
public class LinkEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "LINKED_AT")
    long linkedAt;
    @Column(name = "ACCESS_ROLE")
    String access;
    @Column(name = "GRANTED_BY")
    String grantedBy;
    @Column(name = "LAST_SEEN_AT")
    Long lastSeenAt;
}
