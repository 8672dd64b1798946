package org.kabinet.registration.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff sign-in against Karaf's JAAS realm ({@code etc/users.properties}, managed with the
 * {@code jaas:*} console commands; passwords stored hashed). Every refusal looks the same: an
 * unknown name, a wrong password and a name throttled after repeated failures.
 */
@ProviderType
public interface StaffAuthentication {

    /**
     * The staff member with these credentials, or empty. A recent success is remembered for a few
     * minutes (keyed by a keyed hash of the password, never the password), so a script sending
     * {@code Basic} on every call does not pay a password hash each time.
     */
    Optional<StaffMember> authenticate(String name, String password);

    /** A short-lived staff session for a member with the manager role; empty otherwise, identically. */
    Optional<StaffSession> openSession(String name, String password);

    /** The member behind a staff session token, while it is open. */
    Optional<StaffMember> session(String token);

    /** Ends a staff session; unknown tokens are ignored. */
    void closeSession(String token);
}
