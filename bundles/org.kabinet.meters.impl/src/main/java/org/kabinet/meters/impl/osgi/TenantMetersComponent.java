package org.kabinet.meters.impl.osgi;

import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.impl.MetersData;
import org.kabinet.meters.impl.Readings;
import org.kabinet.meters.impl.TenantMeterService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Meters, windows and readings for tenants (the cabinet, REST, personal tokens). */
@Component(service = TenantMeters.class, configurationPid = "org.kabinet.meters")
public class TenantMetersComponent extends TenantMeterService {
    @Activate
    public TenantMetersComponent(@Reference MetersData data, @Reference AccountAdministration accounts,
                                 @Reference TenantAccounts tenants, MetersConfig config) {
        super(data, new AccountsAdapter(accounts, tenants),
                new Readings(data, Settings.flagFactor(config), Settings.submissionsPerDay(config)));
    }
}
