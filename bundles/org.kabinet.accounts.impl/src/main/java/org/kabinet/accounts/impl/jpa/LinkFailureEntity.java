package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_LINK_FAILURE")
public class LinkFailureEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "TARGET_KEY")
    String targetKey;
    @Column(name = "FAILED_AT")
    long failedAt;
}
