package org.kabinet.ui.portal;

import java.util.List;
import java.util.function.Supplier;
import org.kabinet.notifications.api.Company;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.ui.spi.CabinetPage;

/** The domain services a portal UI works with, handed to each UI when it is created. */
record PortalServices(Registration registration, Authentication authentication, TenantDirectory tenants,
                      Company company, StaffAuthentication staff, AccountAdministration accounts, CodeSheets codeSheets, OutboxAdministration outbox,
                      Supplier<List<CabinetPage>> pages) {
}
