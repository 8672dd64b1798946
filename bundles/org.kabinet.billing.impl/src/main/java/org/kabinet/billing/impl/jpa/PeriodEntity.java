package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_PERIOD")
public class PeriodEntity {
    @Id
    @Column(name = "PERIOD")
    String period;
    @Column(name = "STATE")
    String state;
    @Column(name = "CLOSED_AT")
    Long closedAt;
    @Column(name = "CLOSED_BY")
    String closedBy;
}
