package org.kabinet.registration.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * Sign-in refused ({@code auth.failed}). Deliberately says nothing about why: an unknown address, a
 * wrong password, an unconfirmed address and a throttled account all look the same.
 */
public class AuthenticationFailedException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException() {
        super(Failure.UNAUTHENTICATED, "auth.failed", null);
    }
}
