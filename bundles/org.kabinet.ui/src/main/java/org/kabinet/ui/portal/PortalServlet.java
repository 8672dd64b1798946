package org.kabinet.ui.portal;

import com.vaadin.server.DefaultUIProvider;
import com.vaadin.server.ServiceException;
import com.vaadin.server.SessionInitEvent;
import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.VaadinServlet;
import com.vaadin.ui.UI;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.Servlet;
import org.kabinet.notifications.api.Company;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.ui.spi.CabinetPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Vaadin portal at {@code /*} of the HTTP whiteboard. Static files (theme, widgetset, bootstrap
 * script) are published by the Vaadin bundles under {@code /vaadin-<version>}, hence the Resources
 * parameter. Each UI is created with the domain services (DS references), so no UI looks anything up.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.name=kabinet-portal",
        "servlet.init.Resources=/vaadin-" + PortalServlet.VAADIN_VERSION,
        "servlet.init.productionMode=true",
        "servlet.init.closeIdleSessions=true",
        "servlet.init.heartbeatInterval=300",
        "servlet.init.disable-xsrf-protection=false",
        "servlet.init.sendUrlsAsParameters=true"
})
public class PortalServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
    static final String VAADIN_VERSION = "8.14.4";
    /** Idle sessions end after 30 minutes (heartbeats do not count: closeIdleSessions). */
    static final int SESSION_TIMEOUT_SECONDS = 30 * 60;

    private final transient PortalServices services;
    private final transient List<CabinetPage> pages = new CopyOnWriteArrayList<>();

    @Activate
    public PortalServlet(@Reference Registration registration, @Reference Authentication authentication,
                         @Reference TenantDirectory tenants, @Reference Company company,
                         @Reference StaffAuthentication staff, @Reference AccountAdministration accounts,
                         @Reference CodeSheets codeSheets, @Reference OutboxAdministration outbox) {
        this.services = new PortalServices(registration, authentication, tenants, company, staff, accounts, codeSheets, outbox,
                () -> pages.stream().sorted(Comparator.comparingInt(CabinetPage::order)).toList());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPage(CabinetPage page) {
        pages.add(page);
    }

    void removePage(CabinetPage page) {
        pages.remove(page);
    }

    @Override
    protected void servletInitialized() throws javax.servlet.ServletException {
        super.servletInitialized();
        getService().addSessionInitListener(this::sessionInit);
    }

    private void sessionInit(SessionInitEvent event) throws ServiceException {
        event.getSession().getSession().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        event.getSession().addUIProvider(new DefaultUIProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<? extends UI> getUIClass(UIClassSelectionEvent e) {
                return KabinetUI.class;
            }

            @Override
            public UI createInstance(UICreateEvent e) {
                return new KabinetUI(services);
            }
        });
    }
}
