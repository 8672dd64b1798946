package org.kabinet.communication.impl.messages.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MSG_SEQUENCE")
public class SequenceEntity {
    @Id
    @Column(name = "NAME")
    String name;
    @Column(name = "LAST_NO")
    long lastNo;
}
