package org.kabinet.accounts.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "ACC_ACCOUNT")
public class AccountEntity {
    @Id
    @Column(name = "ID")
    String id;
    @Column(name = "NUMBER")
    String number;
    @Column(name = "CITY_ID")
    String cityId;
    @Column(name = "KIND")
    String kind;
    @Column(name = "ADDRESS")
    String address;
    @Column(name = "AREA_M2")
    java.math.BigDecimal areaM2;
    @Column(name = "RESIDENTS")
    int residents;
    @Column(name = "STATUS")
    String status;
    @Column(name = "CREATED_AT")
    long createdAt;
}
