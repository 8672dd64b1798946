package org.kabinet.registration.api;

/** A link's token that is unknown, used, or expired. */
public class InvalidTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final TokenState state;

    public InvalidTokenException(TokenState state, String message) {
        super(message);
        this.state = state;
    }

    public TokenState state() {
        return state;
    }
}
