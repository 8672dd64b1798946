package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_PHONE")
public class PhoneEntity {
    @Id
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "PHONE")
    String phone;
    @Column(name = "VERIFIED")
    short verified;
    @Column(name = "UPDATED_AT")
    long updatedAt;
    @Column(name = "CODE_HASH")
    String codeHash;
    @Column(name = "CODE_EXPIRES_AT")
    Long codeExpiresAt;
    @Column(name = "CODE_ATTEMPTS")
    int codeAttempts;
    @Column(name = "CODE_SENT_AT")
    Long codeSentAt;
}
