package org.kabinet.meters.impl.osgi;

import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.meters.impl.BillingVolumes;
import org.kabinet.meters.impl.MetersData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Billing's volumes of metered services from readings, else the average (billing falls back to the norm). */
@Component(service = ConsumptionSource.class, configurationPid = "org.kabinet.meters")
public class BillingVolumesComponent extends BillingVolumes {
    @Activate
    public BillingVolumesComponent(@Reference MetersData data, MetersConfig config) {
        super(data, Settings.serviceResources(config));
    }
}
