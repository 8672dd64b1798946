package org.kabinet.registration.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "REG_CONSENT")
public class ConsentEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "USER_ID")
    String userId;
    @Column(name = "VERSION")
    String version;
    @Column(name = "GIVEN_AT")
    long givenAt;
    @Column(name = "WITHDRAWN_AT")
    Long withdrawnAt;
}
