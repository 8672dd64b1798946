package org.kabinet.audit.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of the trail; never updated (no setters are used after the insert). */
@Entity
@Table(name = "AUD_EVENT")
public class AuditEventEntity {
    @Id
    @Column(name = "SEQ")
    long seq;
    @Column(name = "OCCURRED_AT")
    long at;
    @Column(name = "ACTOR_KIND")
    String actorKind;
    @Column(name = "ACTOR")
    String actor;
    @Column(name = "ACTOR_KEY")
    String actorKey;
    @Column(name = "CLIENT_IP")
    String clientIp;
    @Column(name = "ACTION")
    String action;
    @Column(name = "TARGET")
    String target;
    @Column(name = "OUTCOME")
    String outcome;
    @Column(name = "DETAIL")
    String detail;
    @Column(name = "PREV_HASH")
    String prevHash;
    @Column(name = "HASH")
    String hash;
}
