package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_LINK_LOCK")
public class LinkLockEntity {
    @Id
    @Column(name = "LOCK_KEY")
    String key;
    @Column(name = "TOUCHED_AT")
    long touchedAt;
}
