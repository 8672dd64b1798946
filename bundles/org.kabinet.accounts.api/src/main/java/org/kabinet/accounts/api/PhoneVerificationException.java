package org.kabinet.accounts.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * The phone could not be confirmed; on the field {@code code}. The code says why:
 * {@code phone.code.wrong} (argument: tries left), {@code phone.code.expired} (ask for a new code),
 * {@code phone.code.attempts} (too many tries: ask for a new code), {@code phone.code.none} (no code
 * was sent), {@code phone.cooldown} (a code was sent moments ago: try in a minute),
 * {@code phone.daily} (the day's codes for this number or this tenant are used up: try in 24 hours).
 * The last two are "too many" failures (HTTP 429).
 */
public class PhoneVerificationException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public PhoneVerificationException(String code, Object... arguments) {
        super("phone.cooldown".equals(code) || "phone.daily".equals(code) ? Failure.TOO_MANY : Failure.INVALID, code, "code",
                arguments);
    }
}
