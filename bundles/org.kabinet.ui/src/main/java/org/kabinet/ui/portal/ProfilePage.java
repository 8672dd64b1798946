package org.kabinet.ui.portal;

import com.vaadin.server.Page;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.PersonalData;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The tenant's profile: how to address the tenant (the home page greets by it), the way to the
 * notification settings when a module offers them, and the password change (needs the current
 * password; other sessions end and a notice is mailed), and «Мои данные»: everything the portal holds about the
 * tenant as JSON or PDF, and the deletion of the account (which also withdraws the consent).
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class ProfilePage implements CabinetPage {
    /** The longest name the registration module takes (PersonNames.MAX_LENGTH); longer input is refused there too. */
    static final int NAME_MAX = 60;
    /** The page of the accounts module where a tenant switches the SMS and letters per account. */
    static final String NOTIFICATIONS_PAGE = "notifications";
    private final Authentication authentication;
    private final TenantDirectory tenants;
    private final PersonalData personalData;

    @Activate
    public ProfilePage(@Reference Authentication authentication, @Reference TenantDirectory tenants,
                       @Reference PersonalData personalData) {
        this.authentication = authentication;
        this.tenants = tenants;
        this.personalData = personalData;
    }

    /**
     * The page that stands before the whole cabinet while the tenant has not agreed to the consent text in
     * force (a newer text asks again after sign-in); empty when nothing is to be asked.
     */
    Optional<Component> consentGate(KabinetUI ui, org.kabinet.registration.api.Session session, Runnable agreed,
                                    java.util.function.Consumer<Component> show) {
        if (!personalData.consent(session.userId()).required()) {
            return Optional.empty();
        }
        Messages m = new Messages(ui.getLocale());
        return Optional.of(MyDataPanels.consentGate(personalData, session.userId(), session.token(), session.email(), m,
                e -> ui.services().errors().of(e, ui.getLocale()), agreed, ui::signOut, show));
    }

    @Override
    public String id() {
        return "profile";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("profile.title");
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        Label email = new Label(m.get("profile.email", context.email()));
        PasswordField current = new PasswordField(m.get("field.currentPassword"));
        current.setId("profile-current");
        PasswordField fresh = new PasswordField(m.get("field.newPassword"));
        fresh.setId("profile-new");
        PasswordField repeat = new PasswordField(m.get("field.repeatPassword"));
        repeat.setId("profile-repeat");
        InputHints.autocomplete(current, "current-password");
        InputHints.autocomplete(fresh, "new-password");
        InputHints.autocomplete(repeat, "new-password");
        Label result = new Label();
        result.setId("profile-result");
        result.setWidth("100%");
        Button submit = Forms.primary("profile-submit", m.get("profile.submit"), e -> {
            Forms.clearErrors(current, fresh, repeat);
            result.setValue("");
            result.removeStyleName("kabinet-ok");
            if (!fresh.getValue().equals(repeat.getValue())) {
                FieldErrors.show(repeat, m.get("reset.mismatch"));
                return;
            }
            try {
                authentication.changePassword(context.sessionToken(), current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                result.setValue(m.get("profile.done"));
                result.addStyleName("kabinet-ok");
            } catch (ValidationException ex) {
                Forms.show(ex, context.errorText(ex), Map.of("currentPassword", current, "password", fresh), fresh);
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        Label passwordTitle = new Label(m.get("profile.passwordTitle"));
        passwordTitle.addStyleName(ValoTheme.LABEL_H3);
        VerticalLayout layout = new VerticalLayout(email, name(context, m));
        notifications(context, m).ifPresent(layout::addComponent);
        layout.addComponents(passwordTitle, new Label(m.get("signup.passwordHint")), current, fresh, repeat, submit, result);
        layout.addComponent(MyDataPanels.section(personalData, context.tenantId(), context.sessionToken(), m, context::errorText, () -> {
            layout.removeAllComponents();
            layout.addComponent(MyDataPanels.deletedNotice(context.email(), m, () -> {
                if (UI.getCurrent() instanceof KabinetUI ui) {
                    ui.signOut();
                }
            }));
        }));
        layout.setMargin(false);
        return layout;
    }

    /** A link to the notification settings, when the module that has them is installed (the portal may run without it). */
    private static Optional<Component> notifications(PageContext context, Messages m) {
        if (!(UI.getCurrent() instanceof KabinetUI ui)) {
            return Optional.empty();
        }
        return ui.services().pages().get().stream().filter(p -> p.id().equals(NOTIFICATIONS_PAGE)).findFirst().map(page -> {
            Label title = new Label(page.title(context.locale()));
            title.addStyleName(ValoTheme.LABEL_H3);
            Label hint = new Label(m.get("profile.notificationsHint"));
            hint.setWidth("100%");
            Button open = new Button(m.get("profile.notificationsOpen"), e -> Page.getCurrent().setUriFragment("!" + NOTIFICATIONS_PAGE));
            open.setId("profile-notifications");
            open.addStyleName(ValoTheme.BUTTON_LINK);
            VerticalLayout section = new VerticalLayout(title, hint, open);
            section.setMargin(false);
            section.setId("profile-notifications-section");
            return section;
        });
    }

    private Component name(PageContext context, Messages m) {
        Label title = new Label(m.get("profile.nameTitle"));
        title.addStyleName(ValoTheme.LABEL_H3);
        TextField name = new TextField(m.get("field.name"));
        name.setId("profile-name");
        name.setMaxLength(NAME_MAX);
        InputHints.autocomplete(name, "name");
        name.setValue(tenants.find(context.tenantId()).map(t -> t.name()).orElse(""));
        Label result = new Label();
        result.setId("profile-name-result");
        result.setWidth("100%");
        Button save = Forms.primary("profile-name-save", m.get("profile.nameSave"), e -> {
            Forms.clearErrors(name);
            result.setValue("");
            result.removeStyleName("kabinet-ok");
            try {
                String stored = authentication.changeName(context.sessionToken(), name.getValue());
                name.setValue(stored);
                result.setValue(m.get(stored.isEmpty() ? "profile.nameCleared" : "profile.nameSaved"));
                result.addStyleName("kabinet-ok");
            } catch (ValidationException ex) {
                FieldErrors.show(name, context.errorText(ex));
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        save.removeStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout section = new VerticalLayout(title, new Label(m.get("profile.nameHint")), name, save, result);
        section.setMargin(false);
        section.setId("profile-name-section");
        return section;
    }
}
