package org.kabinet.kernel.error;

/** Input that breaks a rule: {@code field} names the input ("email", "number"), {@code code} the rule. */
public class ValidationException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String field, String code, Object... arguments) {
        super(Failure.INVALID, code, field, arguments);
    }
}
