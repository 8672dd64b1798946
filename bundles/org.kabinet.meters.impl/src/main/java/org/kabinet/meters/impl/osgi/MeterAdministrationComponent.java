package org.kabinet.meters.impl.osgi;

import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.impl.MeterAdministrationService;
import org.kabinet.meters.impl.MetersData;
import org.kabinet.meters.impl.Readings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Meters, readings, windows and the review queue for staff. */
@Component(service = MeterAdministration.class, configurationPid = "org.kabinet.meters")
@Designate(ocd = MetersConfig.class)
public class MeterAdministrationComponent extends MeterAdministrationService {
    @Activate
    public MeterAdministrationComponent(@Reference MetersData data, @Reference AccountAdministration accounts,
                                        @Reference TenantAccounts tenants, MetersConfig config) {
        super(data, new AccountsAdapter(accounts, tenants),
                new Readings(data, Settings.flagFactor(config), Settings.submissionsPerDay(config)));
    }
}
