package org.kabinet.registration.impl.osgi;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.registration.api.TokenState;
import org.kabinet.registration.impl.AuthenticationService;
import org.kabinet.registration.impl.IdentityStore;
import org.kabinet.registration.impl.PasswordHasher;
import org.kabinet.registration.impl.PasswordPolicy;
import org.kabinet.registration.impl.RegistrationLetters;
import org.kabinet.registration.impl.RegistrationService;
import org.kabinet.registration.impl.SecretTokens;
import org.kabinet.registration.impl.jpa.JpaIdentityStore;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Wires the registration rules to the database, the outbox and the configuration. */
@Component(configurationPid = "org.kabinet.registration",
        service = {Registration.class, Authentication.class, TenantDirectory.class})
@Designate(ocd = RegistrationConfig.class)
public class RegistrationComponent implements Registration, Authentication, TenantDirectory {
    private final RegistrationService registration;
    private final AuthenticationService authentication;

    @Activate
    public RegistrationComponent(
            @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=kabinet-registration)") JpaTemplate jpa,
            @Reference Outbox outbox,
            @Reference Company company,
            RegistrationConfig config) throws SQLException {
        SchemaMigrations.of("reg", getClass().getClassLoader(), "db/registration", "V1__tenants.sql", "V2__tenant_name.sql", "V3__personal_data.sql").migrate(dataSource);
        JpaTransactions tx = new JpaTransactions(jpa);
        IdentityStore store = new JpaIdentityStore(tx);
        SecureRandom random = new SecureRandom();
        PasswordPolicy policy = PasswordPolicy.withShippedList();
        PasswordHasher hasher = PasswordHasher.recommended(random);
        SecretTokens tokens = new SecretTokens(random);
        RegistrationLetters letters = new RegistrationLetters(company.profile().portalUrl());
        Clock clock = Clock.systemUTC();
        this.registration = new RegistrationService(store, tx, outbox, policy, hasher, tokens, letters,
                config.consentVersion(), clock);
        this.authentication = new AuthenticationService(store, tx, outbox, policy, hasher, tokens, letters,
                Duration.ofMinutes(config.sessionIdleMinutes()), Duration.ofHours(config.sessionMaxHours()), clock);
    }

    @Override
    public void signUp(SignUp request) {
        registration.signUp(request);
    }

    @Override
    public TokenState checkConfirmationToken(String token) {
        return registration.checkConfirmationToken(token);
    }

    @Override
    public String confirmEmail(String token) {
        return registration.confirmEmail(token);
    }

    @Override
    public void resendConfirmation(String email) {
        registration.resendConfirmation(email);
    }

    @Override
    public void requestPasswordReset(String email) {
        registration.requestPasswordReset(email);
    }

    @Override
    public TokenState checkResetToken(String token) {
        return registration.checkResetToken(token);
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        registration.resetPassword(token, newPassword);
    }

    @Override
    public Session signIn(String email, String password) {
        return authentication.signIn(email, password);
    }

    @Override
    public Optional<Session> session(String token) {
        return authentication.session(token);
    }

    @Override
    public void signOut(String token) {
        authentication.signOut(token);
    }

    @Override
    public void changePassword(String token, String currentPassword, String newPassword) {
        authentication.changePassword(token, currentPassword, newPassword);
    }

    @Override
    public String changeName(String token, String name) {
        return authentication.changeName(token, name);
    }

    @Override
    public List<Tenant> list() {
        return authentication.list();
    }

    @Override
    public Optional<Tenant> find(String id) {
        return authentication.find(id);
    }
}
