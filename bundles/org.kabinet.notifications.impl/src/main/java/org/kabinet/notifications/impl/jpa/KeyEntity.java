package org.kabinet.notifications.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "NOTIF_KEY")
public class KeyEntity {
    @Id
    @Column(name = "NAME")
    String name;
    @Column(name = "KEY_VALUE")
    String value;
}
