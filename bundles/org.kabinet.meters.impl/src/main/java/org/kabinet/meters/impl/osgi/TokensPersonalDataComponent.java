package org.kabinet.meters.impl.osgi;

import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.meters.impl.MetersData;
import org.kabinet.meters.impl.jpa.TokensPersonalData;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's personal reading tokens for "my data" (export and erasure). */
@Component(service = PersonalDataSource.class)
public class TokensPersonalDataComponent extends TokensPersonalData {
    @Activate
    public TokensPersonalDataComponent(@Reference(target = "(osgi.unit.name=kabinet-meters)") JpaTemplate jpa,
                                       @Reference MetersData data) { // the meters data component: the schema is up to date
        this(new JpaTransactions(jpa));
    }

    private TokensPersonalDataComponent(JpaTransactions tx) {
        super(tx, tx);
    }
}
