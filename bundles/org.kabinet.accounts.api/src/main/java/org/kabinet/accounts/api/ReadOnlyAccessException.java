package org.kabinet.accounts.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * A household member with the view role tried to change something on the account (403 {@code account.readOnly}).
 *
 * @since 2.3
 */
public class ReadOnlyAccessException extends KabinetException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyAccessException() {
        super(Failure.FORBIDDEN, "account.readOnly", null);
    }
}
