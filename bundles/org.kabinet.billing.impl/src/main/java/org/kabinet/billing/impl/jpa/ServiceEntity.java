package org.kabinet.billing.impl.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "BIL_SERVICE")
public class ServiceEntity {
    @Id
    @Column(name = "CODE")
    String code;
    @Column(name = "NAME_RU")
    String nameRu;
    @Column(name = "NAME_EN")
    String nameEn;
    @Column(name = "SERVICE_GROUP")
    String group;
    @Column(name = "UNIT")
    String unit;
    @Column(name = "BASE")
    String base;
    @Column(name = "NORM_PER_PERSON")
    java.math.BigDecimal normPerPerson;
    @Column(name = "ACCOUNT_KINDS")
    String accountKinds;
}
