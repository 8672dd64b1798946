package org.kabinet.meters.impl.jpa;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MET_READING")
public class ReadingEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "METER_ID")
    String meterId;
    @Column(name = "PERIOD")
    String period;
    @Column(name = "TAKEN_ON")
    String takenOn;
    @Column(name = "SUBMITTED_AT")
    long submittedAt;
    @Column(name = "VALUE1")
    BigDecimal value1;
    @Column(name = "VALUE2")
    BigDecimal value2;
    @Column(name = "VALUE3")
    BigDecimal value3;
    @Column(name = "CONSUMPTION")
    BigDecimal consumption;
    @Column(name = "STATUS")
    String status;
    @Column(name = "REASON")
    String reason;
    @Column(name = "SOURCE")
    String source;
    @Column(name = "SUBMITTED_BY")
    String by;
    @Column(name = "IS_CURRENT")
    boolean current;
    @Column(name = "REVIEWED_AT")
    Long reviewedAt;
    @Column(name = "REVIEWED_BY")
    String reviewedBy;
}
