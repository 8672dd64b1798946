package org.kabinet.registration.api;

/**
 * Input that breaks a rule. {@code field} names the input ("email", "password", "consent"),
 * {@code code} is a stable machine-readable key, the message is Russian and shown to the person.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String code;

    public ValidationException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
