package org.kabinet.kernel.error;

import java.util.Arrays;

/**
 * A failure a person should hear about. {@code code} is stable and machine-readable (also the key
 * of the text in the module's {@link ErrorCatalog}), {@code field} names the input it is about (or
 * is null), {@code arguments} fill the placeholders of the text ({@code {0}}, {@code {1}} …).
 * {@link #getMessage()} is for logs: the code and the arguments, never personal secrets.
 */
public class KabinetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Failure failure;
    private final String code;
    private final String field;
    private final transient Object[] arguments;

    public KabinetException(Failure failure, String code, String field, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.failure = failure;
        this.code = code;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public Failure failure() {
        return failure;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The key of the text in the catalogs: the code, unless a subclass needs several texts for one code. */
    public String textKey() {
        return code;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
