package org.kabinet.ui.portal;

import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import java.util.Map;
import com.vaadin.ui.TextField;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.ValidationException;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Password change: needs the current password; other sessions end and a notice is mailed. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class ProfilePage implements CabinetPage {
    private final Authentication authentication;
    private final TenantAccounts accounts;

    @Activate
    public ProfilePage(@Reference Authentication authentication, @Reference TenantAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
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
                repeat.setComponentError(new UserError(m.get("reset.mismatch")));
                return;
            }
            try {
                authentication.changePassword(context.sessionToken(), current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                result.setValue(m.get("profile.done"));
            } catch (ValidationException ex) {
                Forms.show(ex, m, Map.of("currentPassword", current, "password", fresh), fresh);
            } catch (AuthenticationFailedException ex) {
                result.setValue(m.get("profile.sessionOver"));
            }
        });
        VerticalLayout layout = new VerticalLayout(email, new Label(m.get("signup.passwordHint")), current, fresh, repeat, submit, result,
                phoneSection(context, m));
        layout.setMargin(false);
        return layout;
    }

    /** The mobile phone for SMS: give it, receive a 6-digit code, type it in. */
    private Component phoneSection(PageContext context, Messages m) {
        Label heading = new Label(m.get("phone.title"));
        heading.addStyleName(com.vaadin.ui.themes.ValoTheme.LABEL_H3);
        Label status = new Label();
        status.setId("phone-status");
        status.setWidth("100%");
        Runnable refresh = () -> status.setValue(accounts.phoneStatus(context.tenantId())
                .map(p -> m.get(p.verified() ? "phone.verified" : "phone.unverified", p.phone())).orElse(m.get("phone.none")));
        refresh.run();
        TextField phone = new TextField(m.get("accounts.phone"));
        phone.setId("phone-number");
        phone.setPlaceholder("9123456789");
        TextField code = new TextField(m.get("phone.code"));
        code.setId("phone-code");
        Label result = new Label();
        result.setId("phone-result");
        result.setWidth("100%");
        Button send = Forms.primary("phone-send", m.get("phone.send"), e -> {
            Forms.clearErrors(phone);
            try {
                accounts.requestPhoneVerification(context.tenantId(), phone.getValue());
                result.setValue(m.get("phone.sent"));
            } catch (ValidationException ex) {
                phone.setComponentError(new UserError(m.error(ex.code(), ex.getMessage())));
            } catch (PhoneVerificationException ex) {
                result.setValue(m.error(ex.code(), ex.getMessage()));
            }
            refresh.run();
        });
        Button confirm = Forms.primary("phone-confirm", m.get("phone.confirm"), e -> {
            try {
                accounts.verifyPhone(context.tenantId(), code.getValue());
                code.clear();
                result.setValue(m.get("phone.done"));
            } catch (PhoneVerificationException ex) {
                result.setValue(m.error(ex.code(), ex.getMessage()));
            }
            refresh.run();
        });
        VerticalLayout section = new VerticalLayout(heading, status, phone, send, code, confirm, result);
        section.setId("phone-section");
        section.setMargin(false);
        return section;
    }
}
