package org.kabinet.registration.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "REG_LINK_TOKEN")
public class LinkTokenEntity {
    @Id
    @Column(name = "TOKEN_HASH")
    String hash;
    @Column(name = "USER_ID")
    String userId;
    @Column(name = "PURPOSE")
    String purpose;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "EXPIRES_AT")
    long expiresAt;
    @Column(name = "USED_AT")
    Long usedAt;
    @Column(name = "PASSWORD_HASH")
    String passwordHash;
}
