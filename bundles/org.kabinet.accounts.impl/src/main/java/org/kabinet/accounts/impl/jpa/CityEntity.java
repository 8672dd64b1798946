package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_CITY")
public class CityEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "NAME")
    String name;
}
