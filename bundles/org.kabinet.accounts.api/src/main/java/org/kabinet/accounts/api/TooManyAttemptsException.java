package org.kabinet.accounts.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/** Too many failed linking attempts ({@code link.throttled}): the request was refused without checking anything. */
public class TooManyAttemptsException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public TooManyAttemptsException() {
        super(Failure.TOO_MANY, "link.throttled", null);
    }
}
