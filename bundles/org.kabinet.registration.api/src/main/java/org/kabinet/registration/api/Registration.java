package org.kabinet.registration.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sign-up and the letters around it. The answer never tells whether an address is known: a new
 * address gets a confirmation link, a known unconfirmed one a fresh link, a known confirmed one a
 * letter saying it already has an account.
 * <p>
 * Each confirmation link carries the password given with the sign-up that sent it: confirming sets
 * that password and no other, and a later sign-up for the same unconfirmed address neither changes
 * the password of an earlier link nor stops it working. Confirming one link ends the others.
 * Opening a link confirms nothing: the page asks for an explicit action that calls
 * {@link #confirmEmail(String)}, so a link scanner cannot confirm for the owner.
 */
@ProviderType
public interface Registration {

    /**
     * Registers a tenant or sends the letter that fits a known address.
     *
     * @throws org.kabinet.kernel.error.ValidationException for a malformed address, a weak password or missing consent
     */
    void signUp(SignUp request);

    /**
     * Tells what a confirmation link's token is, without using it: the page shows the confirm
     * button for a valid one and the reason otherwise.
     *
     * @since 2.1
     */
    TokenState checkConfirmationToken(String token);

    /**
     * Confirms the address behind a link's token (single use, valid 24 h) and sets the password
     * given with the sign-up that sent this link. Call it on the owner's explicit action only.
     *
     * @return the confirmed address
     * @throws InvalidTokenException for a used, expired or unknown token
     */
    String confirmEmail(String token);

    /** Sends a new confirmation link if the address is known and unconfirmed; silent otherwise. */
    void resendConfirmation(String email);

    /** Mails a password reset link (single use, valid 30 min) if the address is known; silent otherwise. */
    void requestPasswordReset(String email);

    /** Tells what a reset link's token is, without using it. */
    TokenState checkResetToken(String token);

    /**
     * Sets a new password through a reset link, ends every session of the user and mails a notice.
     *
     * @throws InvalidTokenException for a used, expired or unknown token
     * @throws org.kabinet.kernel.error.ValidationException   for a weak password
     */
    void resetPassword(String token, String newPassword);
}
