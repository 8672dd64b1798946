package org.kabinet.notifications.impl.osgi;

import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

@Component(configurationPid = "org.kabinet.company")
@Designate(ocd = CompanyConfig.class)
public class CompanyComponent implements Company {
    private final CompanyProfile profile;

    @Activate
    public CompanyComponent(CompanyConfig config) {
        String portalUrl = config.portalUrl().endsWith("/")
                ? config.portalUrl().substring(0, config.portalUrl().length() - 1) : config.portalUrl();
        this.profile = new CompanyProfile(config.name(), config.phone(), config.email(), config.address(), portalUrl,
                config.officeHours(), config.colour());
    }

    @Override
    public CompanyProfile profile() {
        return profile;
    }
}
