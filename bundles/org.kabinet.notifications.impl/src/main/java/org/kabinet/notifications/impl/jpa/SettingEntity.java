package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One tenant's choice for one account and kind; the id is {@code tenant:account:kind}. */
@Entity
@Table(name = "NOTIF_SETTING")
public class SettingEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "KIND")
    String kind;
    @Column(name = "ENABLED")
    boolean enabled;
    @Column(name = "CHANGED_AT")
    long changedAt;
}
