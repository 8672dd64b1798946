package org.kabinet.registration.api;

/**
 * A sign-up request.
 *
 * @param email    the address; compared case-insensitively
 * @param password 12–128 characters, any Unicode
 * @param consent  the person ticked the separate consent to personal-data processing (152-ФЗ)
 */
public record SignUp(String email, String password, boolean consent) {
    @Override
    public String toString() {
        return "SignUp[email=" + email + ", consent=" + consent + "]";
    }
}
