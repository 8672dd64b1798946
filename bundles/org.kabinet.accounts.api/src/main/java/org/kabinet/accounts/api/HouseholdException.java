package org.kabinet.accounts.api;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * A household action the rules refuse: {@code household.holderOnly} (403, a member asked what only the holder may),
 * {@code household.full} (422, 10 members and invitations), {@code invitation.daily} (429, 20 invitations a day),
 * {@code invitation.unknown} / {@code invitation.used} / {@code invitation.expired} (410),
 * {@code invitation.otherEmail} (403, signed in with another address than the invitation's),
 * {@code invitation.alreadyLinked} (422, the tenant already sees the account).
 *
 * @since 2.3
 */
public class HouseholdException extends KabinetException {
    private static final long serialVersionUID = 1L;

    /** @param arguments fill the text's placeholders (the masked address of {@code invitation.otherEmail}) */
    public HouseholdException(Failure failure, String code, Object... arguments) {
        super(failure, code, null, arguments);
    }
}
