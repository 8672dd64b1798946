package org.kabinet.registration.impl.osgi;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.StaffMember;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Checks staff credentials with a JAAS login to Karaf's realm; the roles come from its role principals. */
@Component(configurationPid = "org.kabinet.staff")
@Designate(ocd = JaasStaffAuthentication.Config.class)
public class JaasStaffAuthentication implements StaffAuthentication {

    @ObjectClassDefinition(name = "Kabinet staff sign-in")
    public @interface Config {
        @AttributeDefinition(description = "The JAAS realm staff users live in")
        String realm() default "karaf";
    }

    private static final Logger LOG = Logger.getLogger(JaasStaffAuthentication.class.getName());
    private final String realm;

    @Activate
    public JaasStaffAuthentication(Config config) {
        this.realm = config.realm();
    }

    @Override
    public Optional<StaffMember> authenticate(String name, String password) {
        if (name == null || name.isBlank() || password == null) {
            return Optional.empty();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Karaf's JAAS proxy login module sits on the boot class path.
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            LoginContext login = new LoginContext(realm, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback n) {
                        n.setName(name);
                    } else if (callback instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            Set<String> roles = login.getSubject().getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                    .map(Principal::getName).collect(Collectors.toUnmodifiableSet());
            login.logout();
            return Optional.of(new StaffMember(name, roles));
        } catch (FailedLoginException | AccountException e) {
            return Optional.empty();
        } catch (LoginException e) {
            LOG.log(Level.WARNING, "Staff sign-in through JAAS realm " + realm + " failed", e);
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
