package org.kabinet.accounts.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * Linking failed ({@code link.refused}). Deliberately the same whatever was wrong — the number, the
 * city or the code — so that nobody can learn which accounts exist.
 */
public class LinkRefusedException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public LinkRefusedException() {
        super(Failure.REFUSED, "link.refused", null);
    }
}
