package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_INVITATION")
public class InvitationEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "ACCOUNT_ID")
    String accountId;
    @Column(name = "HOLDER_ID")
    String holderId;
    @Column(name = "EMAIL")
    String email;
    @Column(name = "ACCESS_ROLE")
    String access;
    @Column(name = "TOKEN_HASH")
    String tokenHash;
    @Column(name = "CREATED_AT")
    long createdAt;
    @Column(name = "EXPIRES_AT")
    long expiresAt;
    @Column(name = "ENDED_AT")
    Long endedAt;
    @Column(name = "OUTCOME")
    String outcome;
}
