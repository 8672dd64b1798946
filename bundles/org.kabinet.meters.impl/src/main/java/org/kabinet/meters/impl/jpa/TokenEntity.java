package org.kabinet.meters.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MET_TOKEN")
public class TokenEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TENANT_ID")
    String tenantId;
    @Column(name = "NAME")
    String name;
    @Column(name = "SECRET_HASH")
    String secretHash;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "EXPIRES_AT")
    long expiresAt;
    @Column(name = "LAST_USED_AT")
    Long lastUsedAt;
    @Column(name = "REVOKED")
    boolean revoked;
}
