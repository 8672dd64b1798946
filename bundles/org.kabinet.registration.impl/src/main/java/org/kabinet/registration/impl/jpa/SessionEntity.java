package org.kabinet.registration.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "REG_SESSION")
public class SessionEntity {
    @Id
    @Column(name = "TOKEN_HASH")
    String hash;
    @Column(name = "USER_ID")
    String userId;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "LAST_SEEN_AT")
    long lastSeenAt;
    @Column(name = "EXPIRES_AT")
    long expiresAt;
    @Column(name = "ENDED_AT")
    Long endedAt;
}
