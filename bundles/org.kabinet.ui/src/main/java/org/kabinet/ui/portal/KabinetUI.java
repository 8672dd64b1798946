package org.kabinet.ui.portal;

import com.vaadin.annotations.Theme;
import com.vaadin.annotations.Title;
import com.vaadin.annotations.Viewport;
import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import com.vaadin.server.ExternalResource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;

/**
 * The portal's frame: header with the company and the language switch, the current page, and a
 * footer with contacts and a feedback link. Decides the page from the address (confirmation and
 * reset links) and from the tenant's session.
 */
@Theme(KabinetTheme.NAME)
@Title("Личный кабинет нанимателя")
@Viewport("width=device-width, initial-scale=1")
public class KabinetUI extends UI {
    private static final long serialVersionUID = 1L;
    static final String SESSION_TOKEN = "kabinet.session";
    static final String STAFF = "kabinet.staff";
    static final String STAFF_TOKEN = "kabinet.staffToken";
    /** The cabinet address ({@code !accounts/invitation/…}) a signed-out visitor came with, for after the sign-in. */
    static final String KEPT_ADDRESS = "kabinet.keptAddress";
    /** The script that fills the Vaadin client's gaps for screen readers (accessibility.js beside this class). */
    private static final String ACCESSIBILITY = resource("accessibility.js");
    private final transient PortalServices services;
    private final transient PortalAudit audit;
    private final VerticalLayout body = new VerticalLayout();
    private Component current;
    private boolean staffArea;
    private final CssLayout header = new CssLayout();
    private final CssLayout footer = new CssLayout();
    private Messages messages;

    KabinetUI(PortalServices services, PortalAudit audit) {
        this.services = services;
        this.audit = audit;
    }

    /** The security audit trail of this portal. */
    PortalAudit audit() {
        return audit;
    }

    /**
     * What to record once a click on this button is handled, or null: only buttons of the staff area while a
     * member is signed in, except the sign-out and the language switch (the sign-out is recorded as such).
     */
    java.util.function.Consumer<org.kabinet.audit.api.Outcome> staffClick(Button button) {
        if (!staffArea || !(current instanceof AdminArea admin) || !(getSession().getAttribute(STAFF) instanceof StaffMember staff)) {
            return null;
        }
        String id = button.getId();
        if ("admin-signout".equals(id) || "language".equals(id)) {
            return null;
        }
        String[] page = admin.pageOf(button);
        String caption = button.getCaption() == null || button.getCaption().isBlank()
                ? (button.getDescription() == null || button.getDescription().isBlank() ? id : button.getDescription())
                : button.getCaption();
        String action = StaffClickAudit.action(page[1], caption);
        String target = "/admin" + (page[0] == null ? "" : "#!" + page[0]);
        return outcome -> audit.record(org.kabinet.audit.api.ActorKind.STAFF, staff.name(), action, target,
                outcome, id == null ? "" : "кнопка " + id);
    }

    PortalServices services() {
        return services;
    }

    Messages messages() {
        return messages;
    }

    @Override
    protected void init(VaadinRequest request) {
        // the theme (VAADIN/themes/kabinet, compiled at build time) takes the company's colour from here
        BrandColour.usable(services.company().profile().colour())
                .ifPresent(colour -> getPage().getStyles().add(".kabinet{--kabinet-brand:" + colour + "}"));
        com.vaadin.ui.JavaScript.getCurrent().execute(ACCESSIBILITY);
        Object chosen = getSession().getAttribute(Locale.class);
        setLocale(chosen instanceof Locale l ? l : Messages.RUSSIAN);
        messages = new Messages(getLocale(), services.errors());
        body.addStyleName("kabinet-body");
        body.setMargin(false);
        VerticalLayout frame = new VerticalLayout(header, body, footer);
        frame.setMargin(false);
        frame.setSpacing(false);
        frame.setExpandRatio(body, 1);
        setContent(frame);
        // Back, Forward and hand-typed addresses: /#!accounts opens that page
        getPage().addUriFragmentChangedListener(e -> {
            if (current instanceof CabinetShell shell) {
                PageAddress.parse(e.getUriFragment()).ifPresent(shell::open);
            } else if (current instanceof AdminArea admin) {
                admin.select(pageId(e.getUriFragment()));
            } else if (!staffArea && currentSession().isEmpty()) {
                keepForSignIn();
            }
        });
        route(request.getPathInfo() == null ? "/" : request.getPathInfo());
    }

    private static String resource(String name) {
        try (java.io.InputStream in = KabinetUI.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing " + name + " in the portal bundle", e);
        }
    }

    /** The page id in an address fragment {@code !accounts} (or {@code !accounts/<parameter>}), or null. */
    static String pageId(String fragment) {
        return PageAddress.parse(fragment).map(PageAddress::pageId).orElse(null);
    }

    /** A page was opened: its address and the browser tab's title follow. */
    void pageOpened(String id, String title) {
        pageOpened(new PageAddress(id, ""), title);
    }

    /**
     * A page was opened at this address: the address bar follows (a new entry in the history, so Back returns to
     * the page before), and the browser tab's title.
     */
    void pageOpened(PageAddress address, String title) {
        if (!PageAddress.parse(getPage().getUriFragment()).equals(Optional.of(address))) {
            getPage().setUriFragment(address.fragment(), false);
        }
        getPage().setTitle(title + " · " + messages.get("app.title"));
    }

    /** The address becomes this one in place: no new entry in the history, and no page opens. */
    void replaceAddress(PageAddress address) {
        getPage().replaceState("#" + address.fragment());
    }

    private void route(String path) {
        PublicPages pages = new PublicPages(this);
        String[] parts = path.split("/");
        if (parts.length >= 3 && parts[1].equals("confirmemail")) {
            getPage().setTitle(messages.get("confirm.title"));
            show(pages.confirmation(parts[2]));
            getPage().replaceState("/");
        } else if (parts.length >= 2 && parts[1].equals("admin")) {
            showAdmin();
        } else if (parts.length >= 3 && parts[1].equals("resetpassword")) {
            show(pages.resetPassword(parts[2]));
            getPage().replaceState("/");
        } else {
            home();
        }
    }

    /**
     * The cabinet for a signed-in tenant, the sign-in page otherwise (first sign-in page of the journey). The
     * cabinet opens the page of the address; a tenant who came signed out with an address ({@code /#!accounts/invitation/…}
     * from a letter) gets there after the sign-in even when the journey went through pages that lost it.
     */
    void home() {
        staffArea = false;
        Optional<Session> session = currentSession();
        if (session.isPresent()) {
            restoreKeptAddress();
            show(new CabinetShell(this, session.get(), PageAddress.parse(getPage().getUriFragment()).orElse(null)));
        } else {
            keepForSignIn();
            show(new PublicPages(this).signIn());
        }
    }

    /**
     * Keeps the address of a signed-out visit in the browser session. The same tab keeps its address through the
     * sign-in anyway (the UI and its page stay; only the HTTP session id changes); this is for the journey that
     * loses it: sign-up, the confirmation link (which opens {@code /confirmemail/…} and replaces the address with
     * {@code /}), then the sign-in.
     */
    private void keepForSignIn() {
        PageAddress.parse(getPage().getUriFragment()).ifPresent(address -> getSession().setAttribute(KEPT_ADDRESS, address.fragment()));
    }

    /** Signed in without an address of its own: the kept address, if any, becomes the address (once). */
    private void restoreKeptAddress() {
        Object kept = getSession().getAttribute(KEPT_ADDRESS);
        getSession().setAttribute(KEPT_ADDRESS, null);
        if (kept instanceof String fragment && PageAddress.parse(getPage().getUriFragment()).isEmpty()) {
            PageAddress.parse(fragment).ifPresent(this::replaceAddress);
        }
    }

    /** The staff area: the manager's sign-in, then the admin tools. */
    void showAdmin() {
        staffArea = true;
        getPage().setTitle(messages.get("admin.title"));
        Object member = getSession().getAttribute(STAFF);
        if (member instanceof StaffMember staff && staff.isManager()) {
            show(new AdminArea(this, staff));
        } else {
            show(AdminArea.signIn(this));
        }
    }

    void staffSignedIn(StaffSession session) {
        audit.record(org.kabinet.audit.api.ActorKind.STAFF, session.member().name(), "staff.signIn", "/admin",
                org.kabinet.audit.api.Outcome.SUCCESS, "портал");
        com.vaadin.server.VaadinService.reinitializeSession(com.vaadin.server.VaadinService.getCurrentRequest());
        getSession().setAttribute(STAFF, session.member());
        getSession().setAttribute(STAFF_TOKEN, session.token());
        showAdmin();
    }

    void staffSignOut() {
        if (getSession().getAttribute(STAFF) instanceof StaffMember staff) {
            audit.record(org.kabinet.audit.api.ActorKind.STAFF, staff.name(), "staff.signOut", "/admin",
                    org.kabinet.audit.api.Outcome.SUCCESS, "портал");
        }
        if (getSession().getAttribute(STAFF_TOKEN) instanceof String token) {
            services.staff().closeSession(token);
        }
        endSession("/admin");
    }

    /** Closes every UI of this browser session and the HTTP session, then opens {@code path} afresh. */
    private void endSession(String path) {
        getSession().setAttribute(SESSION_TOKEN, null);
        getSession().setAttribute(STAFF, null);
        getSession().setAttribute(STAFF_TOKEN, null);
        getPage().setLocation(path);
        getSession().close();
        com.vaadin.server.WrappedSession wrapped = com.vaadin.server.VaadinService.getCurrentRequest().getWrappedSession(false);
        if (wrapped != null) {
            wrapped.invalidate();
        }
    }

    Optional<Session> currentSession() {
        Object token = getSession().getAttribute(SESSION_TOKEN);
        if (!(token instanceof String t)) {
            return Optional.empty();
        }
        Optional<Session> session = services.authentication().session(t);
        if (session.isEmpty()) {
            getSession().setAttribute(SESSION_TOKEN, null);
        }
        return session;
    }

    void signedIn(Session session) {
        audit.record(org.kabinet.audit.api.ActorKind.TENANT, session.email(), "tenant.signIn", "/",
                org.kabinet.audit.api.Outcome.SUCCESS, "наниматель " + session.userId());
        // A new HTTP session id at sign-in defeats session fixation.
        com.vaadin.server.VaadinService.reinitializeSession(com.vaadin.server.VaadinService.getCurrentRequest());
        getSession().setAttribute(SESSION_TOKEN, session.token());
        home();
    }

    void signOut() {
        currentSession().ifPresent(s -> {
            services.authentication().signOut(s.token());
            audit.record(org.kabinet.audit.api.ActorKind.TENANT, s.email(), "tenant.signOut", "/",
                    org.kabinet.audit.api.Outcome.SUCCESS, "наниматель " + s.userId());
        });
        endSession("/");
    }

    void show(Component page) {
        current = page;
        body.removeAllComponents();
        body.addComponent(page);
        if (page instanceof AdminArea) {
            body.addStyleName("kabinet-wide");
        } else {
            body.removeStyleName("kabinet-wide");
        }
        // the cabinet (menu + page) takes more of a wide screen than the sign-in card
        if (page instanceof CabinetShell) {
            body.addStyleName("kabinet-cabinet");
        } else {
            body.removeStyleName("kabinet-cabinet");
        }
        buildHeader();
        buildFooter();
    }

    private void buildHeader() {
        header.removeAllComponents();
        header.addStyleName("kabinet-header");
        header.setWidth("100%");
        CompanyProfile company = services.company().profile();
        Label name = new Label(company.name() + " · " + messages.get("app.title"));
        name.setId("company-name");
        name.addStyleName(ValoTheme.LABEL_BOLD);
        name.setWidthUndefined();
        name.addStyleName("kabinet-grow");
        header.addComponent(name);
        // the staff area names the staff member itself; the tenant signed in in the same browser stays out of it
        currentSession().filter(s -> !staffArea).ifPresent(s -> {
            Label who = new Label(s.email());
            who.setId("signed-in-as");
            header.addComponent(who);
            header.addComponent(Forms.link("sign-out", messages.get("header.signOut"), e -> signOut()));
        });
        boolean russian = getLocale().getLanguage().equals("ru");
        Button language = Forms.link("language", russian ? "English" : "Русский",
                e -> switchLanguage(russian ? Locale.ENGLISH : Messages.RUSSIAN));
        header.addComponent(language);
    }

    private void switchLanguage(Locale locale) {
        getSession().setAttribute(Locale.class, locale);
        setLocale(locale);
        com.vaadin.ui.JavaScript.getCurrent().execute("document.documentElement.lang='" + locale.getLanguage() + "'");
        messages = new Messages(locale, services.errors());
        getPage().setTitle(messages.get("app.title"));
        // the page stays: the cabinet's page comes from the address, the staff area stays the staff area
        if (staffArea) {
            showAdmin();
        } else {
            home();
        }
    }

    private void buildFooter() {
        footer.removeAllComponents();
        footer.addStyleName("kabinet-footer");
        footer.setWidth("100%");
        CompanyProfile c = services.company().profile();
        StringBuilder contacts = new StringBuilder(c.name());
        if (!c.phone().isBlank()) {
            contacts.append(" · ").append(messages.get("footer.phone")).append(' ').append(c.phone());
        }
        if (!c.email().isBlank()) {
            contacts.append(" · ").append(c.email());
        }
        if (!c.address().isBlank()) {
            contacts.append(" · ").append(c.address());
        }
        if (!c.officeHours().isBlank()) {
            contacts.append(" · ").append(messages.get("footer.officeHours")).append(' ').append(c.officeHours());
        }
        Label label = new Label(contacts.toString());
        label.setId("footer-contacts");
        label.setWidthUndefined();
        label.addStyleName("kabinet-grow");
        footer.addComponent(label);
        java.util.List<org.kabinet.ui.spi.FooterAction> actions = services.footerActions().get();
        for (org.kabinet.ui.spi.FooterAction action : actions) {
            Button link = Forms.link("footer-" + action.id(), action.label(getLocale()), e -> openFooterAction(action));
            footer.addComponent(link);
        }
        // without a module's feedback form, feedback goes to the company's mailbox
        if (actions.isEmpty() && !c.email().isBlank()) {
            String subject = URLEncoder.encode(messages.get("footer.feedbackSubject"), StandardCharsets.UTF_8).replace("+", "%20");
            Link feedback = new Link(messages.get("footer.feedback"), new ExternalResource("mailto:" + c.email() + "?subject=" + subject));
            feedback.setId("feedback");
            footer.addComponent(feedback);
        }
    }

    /** A module's footer action, told who is there: the tenant signed in (outside the staff area), the language, the client. */
    private void openFooterAction(org.kabinet.ui.spi.FooterAction action) {
        Optional<Session> session = staffArea ? Optional.empty() : currentSession();
        String client = getPage().getWebBrowser().getAddress();
        action.open(new FooterVisitor(getLocale(), session.map(Session::userId), session.map(Session::email),
                client == null ? "" : client, services.errors()));
    }

    private record FooterVisitor(Locale locale, Optional<String> tenantId, Optional<String> email, String clientAddress,
                                 org.kabinet.kernel.error.ErrorTexts errors) implements org.kabinet.ui.spi.FooterContext {
        @Override
        public String errorText(org.kabinet.kernel.error.KabinetException error) {
            return errors.of(error, locale);
        }
    }
}
