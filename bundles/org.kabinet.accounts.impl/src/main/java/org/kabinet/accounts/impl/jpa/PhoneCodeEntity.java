package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_PHONE_CODE")
public class PhoneCodeEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "PHONE")
    String phone;
    @Column(name = "SENT_AT")
    long sentAt;
}
