package org.kabinet.registration.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Sign-in sessions of tenants. */
@ProviderType
public interface Authentication {

    /**
     * Opens a session.
     *
     * @throws AuthenticationFailedException identically for an unknown address, a wrong password,
     *                                       an unconfirmed address and a throttled account
     */
    Session signIn(String email, String password);

    /** The session behind a token, if it is still open; extends its idle timeout. */
    Optional<Session> session(String token);

    /** Ends the session; unknown tokens are ignored. */
    void signOut(String token);

    /**
     * Changes the password of the session's user, ends the user's other sessions and mails a notice.
     *
     * @throws AuthenticationFailedException if the session is over
     * @throws org.kabinet.kernel.error.ValidationException           for a weak new password, or on the field
     *                                       "currentPassword" when the current password is wrong
     */
    void changePassword(String token, String currentPassword, String newPassword);

    /**
     * Sets how the session's user wants to be addressed (the home page greets by it); blank clears it.
     *
     * @return the name as stored (spaces tidied), empty when cleared
     * @throws AuthenticationFailedException if the session is over
     * @throws org.kabinet.kernel.error.ValidationException on the field "name" for too long a name or one
     *                                       with characters other than letters, spaces, hyphens, apostrophes and dots
     */
    String changeName(String token, String name);
}
