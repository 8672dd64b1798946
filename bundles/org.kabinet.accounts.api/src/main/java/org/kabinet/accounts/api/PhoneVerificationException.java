package org.kabinet.accounts.api;

/**
 * The phone could not be confirmed. {@code code} says why: {@code phone.code.wrong},
 * {@code phone.code.expired} (ask for a new code), {@code phone.code.attempts} (too many tries: ask
 * for a new code), {@code phone.code.none} (no code was sent), {@code phone.cooldown} (a code was
 * sent moments ago).
 */
public class PhoneVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public PhoneVerificationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
