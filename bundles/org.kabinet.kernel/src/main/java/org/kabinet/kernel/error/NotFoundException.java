package org.kabinet.kernel.error;

/** Nothing there — or something the caller may not see: the two are never told apart. */
public class NotFoundException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String code) {
        super(Failure.NOT_FOUND, code, null);
    }
}
