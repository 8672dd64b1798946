package org.kabinet.ui.portal;

import com.vaadin.event.ShortcutAction;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.api.TokenState;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;

/**
 * The pages before sign-in: sign-in, sign-up, "check your mail", a new link by e-mail, the result of
 * a confirmation link, and a new password from a reset link. Every page has a way back.
 */
final class PublicPages {
    private final KabinetUI ui;
    private final Messages m;
    private final Registration registration;

    PublicPages(KabinetUI ui) {
        this.ui = ui;
        this.m = ui.messages();
        this.registration = ui.services().registration();
    }

    Component signIn() {
        VerticalLayout card = Forms.card("signin", m.get("signin.title"));
        TextField email = emailField("signin-email");
        PasswordField password = new PasswordField(m.get("field.password"));
        password.setId("signin-password");
        password.setWidth("100%");
        InputHints.autocomplete(password, "current-password");
        Label error = errorLabel("signin-error");
        Button submit = Forms.primary("signin-submit", m.get("signin.submit"), e -> {
            error.setVisible(false);
            try {
                ui.signedIn(ui.services().authentication().signIn(email.getValue(), password.getValue()));
            } catch (AuthenticationFailedException ex) {
                // the address typed, never the password
                ui.audit().record(org.kabinet.audit.api.ActorKind.ANONYMOUS, email.getValue(), "tenant.signIn", "/",
                        org.kabinet.audit.api.Outcome.FAILURE, ex.code());
                password.clear();
                error.setValue(m.error(ex));
                error.setVisible(true);
            }
        });
        submit.setClickShortcut(ShortcutAction.KeyCode.ENTER);
        card.addComponents(email, password, error, submit,
                Forms.link("to-signup", m.get("signin.toSignUp"), e -> ui.show(signUp())),
                Forms.link("to-forgot", m.get("signin.forgot"), e -> ui.show(requestLink(true))),
                Forms.link("to-resend", m.get("signin.noLetter"), e -> ui.show(requestLink(false))));
        email.focus();
        return card;
    }

    Component signUp() {
        VerticalLayout card = Forms.card("signup", m.get("signup.title"));
        TextField email = emailField("signup-email");
        PasswordField password = new PasswordField(m.get("field.password"));
        password.setId("signup-password");
        password.setWidth("100%");
        InputHints.autocomplete(password, "new-password");
        password.setDescription(m.get("signup.passwordHint"));
        Label hint = Forms.text(m.get("signup.passwordHint"));
        CheckBox consent = new CheckBox(m.get("signup.consent"));
        consent.setId("signup-consent");
        Label consentText = Forms.text(m.get("signup.consentText"));
        Label error = errorLabel("signup-error");
        Button submit = Forms.primary("signup-submit", m.get("signup.submit"), e -> {
            Forms.clearErrors(email, password, consent);
            error.setVisible(false);
            try {
                registration.signUp(new SignUp(email.getValue(), password.getValue(), consent.getValue()));
                ui.show(checkMail(email.getValue().strip(), m.get("checkmail.signup")));
            } catch (ValidationException ex) {
                Forms.show(ex, m.error(ex), Map.of("email", email, "password", password, "consent", consent), error);
                showIfOnLabel(ex, error);
            }
        });
        card.addComponents(email, password, hint, consent, consentText, error, submit,
                Forms.link("to-signin", m.get("signup.toSignIn"), e -> ui.home()));
        return card;
    }

    /** "We sent a letter to …": the same page whether or not the address is known. */
    Component checkMail(String email, String detail) {
        VerticalLayout card = Forms.card("checkmail", m.get("checkmail.title"));
        card.addComponents(Forms.message("checkmail-text", m.get("checkmail.sent", email)), Forms.text(detail),
                Forms.text(m.get("checkmail.spam")),
                Forms.link("to-resend", m.get("signin.noLetter"), e -> ui.show(requestLink(false))),
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    /** Asks for the address to send a password reset link ({@code reset}) or a new confirmation link to. */
    Component requestLink(boolean reset) {
        VerticalLayout card = Forms.card(reset ? "forgot" : "resend", m.get(reset ? "forgot.title" : "resend.title"));
        TextField email = emailField(reset ? "forgot-email" : "resend-email");
        Consumer<String> send = reset ? registration::requestPasswordReset : registration::resendConfirmation;
        Button submit = Forms.primary(reset ? "forgot-submit" : "resend-submit", m.get("common.send"), e -> {
            Forms.clearErrors(email);
            try {
                send.accept(email.getValue());
                ui.show(checkMail(email.getValue().strip(), m.get(reset ? "checkmail.reset" : "checkmail.resend")));
            } catch (ValidationException ex) {
                FieldErrors.show(email, m.error(ex));
            }
        });
        submit.setClickShortcut(ShortcutAction.KeyCode.ENTER);
        card.addComponents(Forms.text(m.get(reset ? "forgot.text" : "resend.text")), email, submit,
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    /**
     * Opens a confirmation link: a button that confirms, or why the link does not work and how to get
     * a new one. Opening confirms nothing, so a mail scanner following the link cannot confirm for the
     * owner; only the owner's click does.
     */
    Component confirmation(String token) {
        TokenState state = registration.checkConfirmationToken(token);
        if (state != TokenState.VALID) {
            return confirmationFailed(state);
        }
        VerticalLayout card = Forms.card("confirm", m.get("confirm.title"));
        Button submit = Forms.primary("confirm-submit", m.get("confirm.submit"), e -> {
            try {
                String email = registration.confirmEmail(token);
                VerticalLayout done = Forms.card("confirmed", m.get("confirm.done"));
                Label text = Forms.message("confirm-result", m.get("confirm.doneText", email));
                text.addStyleName("kabinet-ok");
                done.addComponents(text, Forms.primary("to-signin", m.get("common.toSignIn"), ev -> ui.home()));
                ui.show(done);
            } catch (InvalidTokenException ex) {
                ui.show(confirmationFailed(ex.state()));
            }
        });
        card.addComponents(Forms.message("confirm-ask", m.get("confirm.ask")), submit,
                Forms.text(m.get("confirm.notMe")),
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    private Component confirmationFailed(TokenState state) {
        VerticalLayout card = Forms.card("confirm-failed", m.get("confirm.failed"));
        // "unknown" also means "another letter's link confirmed the address", which ends this one
        String reason = state == TokenState.UNKNOWN ? "confirm.invalid" : "confirm." + state.name().toLowerCase();
        card.addComponents(Forms.message("confirm-result", m.get(reason)),
                Forms.primary("to-resend", m.get("confirm.newLink"), e -> ui.show(requestLink(false))),
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    /** Opens a reset link: a form for the new password, or why not and how to get a new link. */
    Component resetPassword(String token) {
        TokenState state = registration.checkResetToken(token);
        if (state != TokenState.VALID) {
            return resetFailed(state);
        }
        VerticalLayout card = Forms.card("reset", m.get("reset.title"));
        PasswordField password = new PasswordField(m.get("field.newPassword"));
        password.setId("reset-password");
        password.setWidth("100%");
        PasswordField repeat = new PasswordField(m.get("field.repeatPassword"));
        repeat.setId("reset-repeat");
        repeat.setWidth("100%");
        InputHints.autocomplete(password, "new-password");
        InputHints.autocomplete(repeat, "new-password");
        Button submit = Forms.primary("reset-submit", m.get("reset.submit"), e -> {
            Forms.clearErrors(password, repeat);
            if (!password.getValue().equals(repeat.getValue())) {
                FieldErrors.show(repeat, m.get("reset.mismatch"));
                return;
            }
            try {
                registration.resetPassword(token, password.getValue());
                VerticalLayout done = Forms.card("reset-done", m.get("reset.done"));
                done.addComponents(Forms.message("reset-result", m.get("reset.doneText")),
                        Forms.primary("to-signin", m.get("common.toSignIn"), ev -> ui.home()));
                ui.show(done);
            } catch (ValidationException ex) {
                FieldErrors.show(password, m.error(ex));
            } catch (InvalidTokenException ex) {
                ui.show(resetFailed(ex.state()));
            }
        });
        card.addComponents(Forms.text(m.get("signup.passwordHint")), password, repeat, submit,
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    private Component resetFailed(TokenState state) {
        VerticalLayout card = Forms.card("reset-failed", m.get("reset.failed"));
        card.addComponents(Forms.message("reset-result", m.get("reset." + state.name().toLowerCase())),
                Forms.primary("to-forgot", m.get("reset.newLink"), e -> ui.show(requestLink(true))),
                Forms.link("to-signin", m.get("common.toSignIn"), e -> ui.home()));
        return card;
    }

    private TextField emailField(String id) {
        TextField email = new TextField(m.get("field.email"));
        email.setId(id);
        email.setWidth("100%");
        email.setPlaceholder("name@example.ru");
        InputHints.autocomplete(email, "username");
        InputHints.inputMode(email, "email");
        return email;
    }

    private static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.addStyleName("kabinet-error");
        error.setWidth("100%");
        error.setVisible(false);
        return error;
    }

    /** A check box shows no error text of its own, so consent errors go to the form's error line too. */
    private void showIfOnLabel(ValidationException ex, Label error) {
        if (!"email".equals(ex.field()) && !"password".equals(ex.field())) {
            error.setValue(m.error(ex));
            error.setVisible(true);
        }
    }
}
