package org.kabinet.meters.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MET_AUDIT")
public class AuditEntity {
    @Id
    @Column(name = "ID")
    String id;
    /** Filled by the database in the order rows are written: orders changes made in the same millisecond. */
    @Column(name = "SEQ", insertable = false, updatable = false)
    Long seq;
    @Column(name = "CHANGED_AT")
    long at;
    @Column(name = "BY_NAME")
    String by;
    @Column(name = "ACTION")
    String action;
    @Column(name = "METER_ID")
    String meterId;
    @Column(name = "DETAIL")
    String detail;
}
