package org.kabinet.ui.portal;

import com.vaadin.event.ShortcutAction;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;

/**
 * The managing company's area at {@code /admin}: a staff sign-in, then one tab per installed
 * {@link AdminPage} the member's roles allow. The area itself knows no domain.
 */
final class AdminArea extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private final TabSheet tabs = new TabSheet();
    private final java.util.Map<String, Component> byId = new java.util.HashMap<>();

    /** The staff sign-in form. */
    static Component signIn(KabinetUI ui) {
        Messages m = ui.messages();
        VerticalLayout card = Forms.card("admin-signin", m.get("admin.signin"));
        TextField name = new TextField(m.get("admin.name"));
        name.setId("admin-name");
        PasswordField password = new PasswordField(m.get("field.password"));
        password.setId("admin-password");
        org.kabinet.ui.spi.InputHints.autocomplete(name, "username");
        org.kabinet.ui.spi.InputHints.autocomplete(password, "current-password");
        Label error = new Label();
        error.setId("admin-error");
        error.addStyleName("kabinet-error");
        Button submit = Forms.primary("admin-submit", m.get("signin.submit"), e -> {
            // one answer for an unknown name, a wrong password, a member without the role and a throttled name
            java.util.Optional<StaffSession> session = ui.services().staff().openSession(name.getValue(), password.getValue());
            if (session.isPresent()) {
                ui.staffSignedIn(session.get());
            } else {
                // the name typed, never the password
                ui.audit().record(org.kabinet.audit.api.ActorKind.ANONYMOUS, name.getValue(), "staff.signIn", "/admin",
                        org.kabinet.audit.api.Outcome.FAILURE, "auth.failed");
                password.clear();
                error.setValue(m.get("admin.failed"));
            }
        });
        submit.setClickShortcut(ShortcutAction.KeyCode.ENTER);
        card.addComponents(Forms.text(m.get("admin.signinHint")), name, password, error, submit,
                Forms.link("to-signin", m.get("admin.toTenant"), e -> ui.getPage().setLocation("/")));
        return card;
    }

    AdminArea(KabinetUI ui, StaffMember staff) {
        Messages m = ui.messages();
        setId("admin");
        setMargin(false);
        Label who = new Label(m.get("admin.signedInAs", staff.name()));
        who.setId("admin-who");
        HorizontalLayout top = new HorizontalLayout(who, Forms.link("admin-signout", m.get("header.signOut"), e -> ui.staffSignOut()));
        tabs.setId("admin-tabs");
        tabs.setWidth("100%");
        // every module adds tabs: they wrap onto more lines instead of hiding behind scroll arrows
        tabs.addStyleName("kabinet-admin-tabs");
        AdminContext context = new Context(staff, ui.getLocale(), ui.services());
        List<AdminPage> pages = ui.services().adminPages().get().stream().filter(p -> staff.hasRole(p.requiredRole())).toList();
        for (AdminPage page : pages) {
            Component content = page.create(context);
            content.setId("admin-tab-" + page.id());
            tabs.addTab(content, page.title(ui.getLocale()), page.icon());
            byId.put(page.id(), content);
        }
        // each tab has an address, /admin#!<page id>: reload, Back and the language switch keep it
        select(KabinetUI.pageId(ui.getPage().getUriFragment()));
        tabs.addSelectedTabChangeListener(e -> byId.entrySet().stream()
                .filter(t -> t.getValue() == tabs.getSelectedTab()).findFirst()
                .ifPresent(t -> ui.pageOpened(t.getKey(), tabs.getTab(t.getValue()).getCaption())));
        addComponent(top);
        if (pages.isEmpty()) {
            addComponent(Forms.message("admin-empty", m.get("admin.empty")));
        } else {
            addComponent(tabs);
        }
    }

    /**
     * The page a component is on: its id and title, from the tab that holds it, else the tab shown (a
     * dialog's button); nulls outside any page.
     */
    String[] pageOf(Component component) {
        for (Component c = component; c != null; c = c.getParent()) {
            String id = c.getParent() == tabs ? idOf(c) : null;
            if (id != null) {
                return new String[]{id, tabs.getTab(c).getCaption()};
            }
        }
        Component shown = tabs.getSelectedTab();
        String id = shown == null ? null : idOf(shown);
        return id == null ? new String[]{null, null} : new String[]{id, tabs.getTab(shown).getCaption()};
    }

    private String idOf(Component tab) {
        return byId.entrySet().stream().filter(e -> e.getValue() == tab).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Selects the tab with this id (from the address); an unknown id changes nothing. */
    void select(String id) {
        Component tab = id == null ? null : byId.get(id);
        if (tab != null && tab != tabs.getSelectedTab()) {
            tabs.setSelectedTab(tab);
        }
    }

    private record Context(StaffMember staff, Locale locale, PortalServices services) implements AdminContext {
        @Override
        public String staffName() {
            return staff.name();
        }

        @Override
        public Set<String> roles() {
            return staff.roles();
        }

        @Override
        public String errorText(KabinetException error) {
            return services.errors().of(error, locale);
        }
    }
}
