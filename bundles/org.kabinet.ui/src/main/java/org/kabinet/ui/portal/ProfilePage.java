package org.kabinet.ui.portal;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Password change: needs the current password; other sessions end and a notice is mailed. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class ProfilePage implements CabinetPage {
    private final Authentication authentication;

    @Activate
    public ProfilePage(@Reference Authentication authentication) {
        this.authentication = authentication;
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
        Label result = new Label();
        result.setId("profile-result");
        result.setWidth("100%");
        Button submit = Forms.primary("profile-submit", m.get("profile.submit"), e -> {
            Forms.clearErrors(current, fresh, repeat);
            result.setValue("");
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
            } catch (ValidationException ex) {
                Forms.show(ex, context.errorText(ex), Map.of("currentPassword", current, "password", fresh), fresh);
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        VerticalLayout layout = new VerticalLayout(email, new Label(m.get("signup.passwordHint")), current, fresh, repeat, submit, result);
        layout.setMargin(false);
        return layout;
    }
}
