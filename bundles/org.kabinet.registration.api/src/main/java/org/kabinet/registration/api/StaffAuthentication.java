package org.kabinet.registration.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff sign-in against Karaf's JAAS realm ({@code etc/users.properties}, managed with the
 * {@code jaas:*} console commands; passwords stored hashed).
 */
@ProviderType
public interface StaffAuthentication {

    /** The staff member with these credentials, or empty — the same for an unknown name and a wrong password. */
    Optional<StaffMember> authenticate(String name, String password);
}
