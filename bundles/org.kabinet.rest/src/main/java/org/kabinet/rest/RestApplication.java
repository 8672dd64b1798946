package org.kabinet.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.List;
import java.util.logging.Logger;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the REST API on CXF's servlet: with {@code org.apache.cxf.servlet.context=/api} in
 * {@code etc/org.apache.cxf.osgi.cfg} the resources answer under {@code /api/v1/}.
 */
@Component(immediate = true)
public class RestApplication {
    private static final Logger LOG = Logger.getLogger(RestApplication.class.getName());
    static final String ADDRESS = "/v1";

    private final Server server;

    @Activate
    public RestApplication(@Reference Registration registration, @Reference Authentication authentication,
                           @Reference TenantDirectory tenants, @Reference StaffAuthentication staff,
                           @Reference TenantAccounts accounts, @Reference AccountAdministration admin,
                           @Reference CodeSheets sheets) {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Bus bus = BusFactory.getDefaultBus(true);
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(List.of(
                new RegistrationsResource(registration),
                new SessionsResource(authentication),
                new MeResource(authentication, tenants),
                new PasswordResetsResource(registration),
                new CitiesResource(accounts),
                new MyAccountsResource(authentication, accounts),
                new MyPhoneResource(authentication, accounts),
                new AdminResource(staff, admin, sheets)));
        factory.setProviders(List.of(new JacksonJsonProvider(mapper), new ApiExceptionMapper()));
        this.server = factory.create();
        LOG.info("REST API published at " + ADDRESS + " of the CXF servlet");
    }

    @Deactivate
    void stop() {
        server.destroy();
    }
}
