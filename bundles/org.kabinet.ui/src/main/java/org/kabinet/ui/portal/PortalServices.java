package org.kabinet.ui.portal;

import java.util.List;
import java.util.function.Supplier;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.notifications.api.Company;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FooterAction;

/** The core services a portal UI works with, and the pages modules contributed, handed to each UI when it is created. */
record PortalServices(Registration registration, Authentication authentication, Company company, StaffAuthentication staff,
                      Supplier<List<CabinetPage>> pages, Supplier<List<AdminPage>> adminPages,
                      Supplier<List<FooterAction>> footerActions, ErrorTexts errors) {
}
