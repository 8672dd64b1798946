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
import com.vaadin.server.DeploymentConfiguration;
import com.vaadin.server.RequestHandler;
import com.vaadin.server.VaadinServletService;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.notifications.api.Company;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.ui.spi.AdminPage;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FooterAction;
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
    private final transient PortalAudit audit;
    private final transient List<CabinetPage> pages = new CopyOnWriteArrayList<>();
    private final transient List<AdminPage> adminPages = new CopyOnWriteArrayList<>();
    private final transient List<FooterAction> footerActions = new CopyOnWriteArrayList<>();
    private final transient List<ErrorCatalog> catalogs = new CopyOnWriteArrayList<>();

    @Activate
    public PortalServlet(@Reference Registration registration, @Reference Authentication authentication,
                         @Reference Company company, @Reference StaffAuthentication staff, @Reference PortalAudit audit) {
        this.audit = audit;
        this.services = new PortalServices(registration, authentication, company, staff,
                () -> pages.stream().sorted(Comparator.comparingInt(CabinetPage::order)).toList(),
                () -> adminPages.stream().sorted(Comparator.comparingInt(AdminPage::order)).toList(),
                () -> footerActions.stream().sorted(Comparator.comparingInt(FooterAction::order)).toList(),
                new ErrorTexts(() -> catalogs));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdminPage(AdminPage page) {
        adminPages.add(page);
    }

    void removeAdminPage(AdminPage page) {
        adminPages.remove(page);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFooterAction(FooterAction action) {
        footerActions.add(action);
    }

    void removeFooterAction(FooterAction action) {
        footerActions.remove(action);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(ErrorCatalog catalog) {
        catalogs.add(catalog);
    }

    void removeCatalog(ErrorCatalog catalog) {
        catalogs.remove(catalog);
    }

    /** The Vaadin service with {@link SessionGuard} in front of every other request handler. */
    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<RequestHandler> createRequestHandlers() throws ServiceException {
                List<RequestHandler> handlers = new java.util.ArrayList<>(super.createRequestHandlers());
                // staff clicks in /admin go into the security audit trail (StaffClickAudit)
                handlers.replaceAll(h -> h.getClass() == com.vaadin.server.communication.UidlRequestHandler.class
                        ? new StaffClickAudit.Handler() : h);
                handlers.add(new SessionGuard(services)); // handlers run in reverse order: the last added runs first
                return handlers;
            }

            @Override
            public void requestEnd(com.vaadin.server.VaadinRequest request, com.vaadin.server.VaadinResponse response,
                                   com.vaadin.server.VaadinSession session) {
                super.requestEnd(request, response, session);
                SessionGuard.invalidateIfEnded(request);
            }
        };
        service.init();
        return service;
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
        // an ended session (sign-out elsewhere, password reset, SessionGuard) reloads straight to the
        // sign-in page instead of showing Vaadin's "Session expired" box
        getService().setSystemMessagesProvider(info -> {
            com.vaadin.server.CustomizedSystemMessages messages = new com.vaadin.server.CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    private void sessionInit(SessionInitEvent event) throws ServiceException {
        event.getSession().getSession().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        // the page's language for screen readers and hyphenation: the chosen one, Russian by default
        event.getSession().addBootstrapListener(new com.vaadin.server.BootstrapListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public void modifyBootstrapFragment(com.vaadin.server.BootstrapFragmentResponse response) {
                // the portal is served as a whole page, never as a fragment
            }

            @Override
            public void modifyBootstrapPage(com.vaadin.server.BootstrapPageResponse response) {
                Object chosen = response.getSession().getAttribute(java.util.Locale.class);
                String language = chosen instanceof java.util.Locale l ? l.getLanguage() : "ru";
                response.getDocument().getElementsByTag("html").attr("lang", language);
            }
        });
        event.getSession().addUIProvider(new DefaultUIProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<? extends UI> getUIClass(UIClassSelectionEvent e) {
                return KabinetUI.class;
            }

            @Override
            public UI createInstance(UICreateEvent e) {
                return new KabinetUI(services, audit);
            }
        });
    }
}
