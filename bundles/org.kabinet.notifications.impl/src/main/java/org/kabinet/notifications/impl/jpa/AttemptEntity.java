package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "NOTIF_ATTEMPT")
public class AttemptEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "OUTBOX_ID")
    String outboxId;
    @Column(name = "ATTEMPTED_AT")
    long attemptedAt;
    @Column(name = "GATEWAY")
    String gateway;
    @Column(name = "OUTCOME")
    String outcome;
    @Column(name = "DETAIL")
    String detail;
}
