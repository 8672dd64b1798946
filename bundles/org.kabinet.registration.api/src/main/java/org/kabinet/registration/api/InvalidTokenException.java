package org.kabinet.registration.api;

import java.util.Locale;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * A link's token that is unknown, used, or expired: code {@code token.unknown}, {@code token.used}
 * or {@code token.expired} on the field {@code token}. {@code purpose} ("confirmation" or "reset")
 * picks the sentence people read.
 */
public class InvalidTokenException extends KabinetException {
    private static final long serialVersionUID = 1L;
    private final TokenState state;
    private final String purpose;

    public InvalidTokenException(TokenState state, String purpose) {
        super(Failure.GONE, "token." + state.name().toLowerCase(Locale.ROOT), "token");
        this.state = state;
        this.purpose = purpose;
    }

    public TokenState state() {
        return state;
    }

    @Override
    public String textKey() {
        return code() + "." + purpose;
    }
}
