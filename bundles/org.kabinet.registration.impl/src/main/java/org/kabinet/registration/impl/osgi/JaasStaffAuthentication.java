package org.kabinet.registration.impl.osgi;

import java.security.Principal;
import java.sql.SQLException;
import javax.sql.DataSource;
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
import org.kabinet.registration.api.StaffSession;
import org.kabinet.registration.impl.StaffSignIn;
import java.security.SecureRandom;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Checks staff credentials with a JAAS login to Karaf's realm (the roles come from its role
 * principals), with {@link StaffSignIn}'s throttling, short cache and staff sessions on top.
 */
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
    private final JaasStaffDirectory directory;
    private final StaffSignIn signIn;

    @Activate
    public JaasStaffAuthentication(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource, Config config)
            throws SQLException {
        this.realm = config.realm();
        this.directory = new JaasStaffDirectory(realm);
        // failures and sessions in the database: a staff token from one node works on every node
        this.signIn = new StaffSignIn(this::login, directory, Clock.systemUTC(), new SecureRandom(), JdbcStaffStore.open(dataSource));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRealm(JaasRealm r) {
        directory.realms.add(r);
    }

    void removeRealm(JaasRealm r) {
        directory.realms.remove(r);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEngine(BackingEngineFactory factory) {
        directory.engines.add(factory);
    }

    void removeEngine(BackingEngineFactory factory) {
        directory.engines.remove(factory);
    }

    @Override
    public Optional<StaffMember> authenticate(String name, String password) {
        return signIn.authenticate(name, password);
    }

    @Override
    public Optional<StaffSession> openSession(String name, String password) {
        return signIn.openSession(name, password);
    }

    @Override
    public Optional<StaffMember> session(String token) {
        return signIn.session(token);
    }

    @Override
    public void closeSession(String token) {
        signIn.closeSession(token);
    }

    private Optional<StaffMember> login(String name, String password) {
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
