package org.kabinet.accounts.impl.osgi;

import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.accounts.impl.jpa.AccountsPersonalData;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's links and phone for "my data" (export and erasure). */
@Component(service = PersonalDataSource.class)
public class AccountsPersonalDataComponent extends AccountsPersonalData {
    @Activate
    public AccountsPersonalDataComponent(@Reference(target = "(osgi.unit.name=kabinet-accounts)") JpaTemplate jpa,
                                         @Reference TenantAccounts accounts) { // the accounts component: the schema is up to date
        this(new JpaTransactions(jpa));
    }

    private AccountsPersonalDataComponent(JpaTransactions tx) {
        super(tx, tx);
    }
}
