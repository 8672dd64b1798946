package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_CODE")
public class CodeEntity {
    @Id
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "CODE_HASH")
    String hash;
    @Column(name = "ISSUED_AT")
    long issuedAt;
    @Column(name = "EXPIRES_AT")
    long expiresAt;
    @Column(name = "USED_AT")
    Long usedAt;
}
