package org.kabinet.registration.impl.osgi;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.impl.StaffSignIn;

/**
 * Reads who a member of staff is now from the realm's backing engine (what {@code jaas:*} edits):
 * removed, or with other roles. When the realm has no engine we can read, it cannot tell and keeps
 * what it knew.
 */
final class JaasStaffDirectory implements StaffSignIn.Directory {
    private static final Logger LOG = Logger.getLogger(JaasStaffDirectory.class.getName());
    private static final String MODULE = "org.apache.karaf.jaas.module";

    private final String realm;
    final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    final List<BackingEngineFactory> engines = new CopyOnWriteArrayList<>();

    JaasStaffDirectory(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<StaffMember> current(String name, StaffMember known) {
        boolean readable = false;
        try {
            for (JaasRealm r : realms) {
                if (!r.getName().equals(realm)) {
                    continue;
                }
                for (AppConfigurationEntry entry : r.getEntries()) {
                    Map<String, ?> options = entry.getOptions();
                    for (BackingEngineFactory factory : engines) {
                        if (!factory.getModuleClass().equals(options.get(MODULE))) {
                            continue;
                        }
                        readable = true;
                        BackingEngine engine = factory.build(options);
                        for (UserPrincipal user : engine.listUsers()) {
                            if (user.getName().equals(name)) {
                                Set<String> roles = engine.listRoles(user).stream().map(Principal::getName)
                                        .collect(Collectors.toUnmodifiableSet());
                                return Optional.of(new StaffMember(name, roles));
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the staff realm " + realm + "; keeping what is known", e);
            return Optional.of(known);
        }
        return readable ? Optional.empty() : Optional.of(known);
    }
}
