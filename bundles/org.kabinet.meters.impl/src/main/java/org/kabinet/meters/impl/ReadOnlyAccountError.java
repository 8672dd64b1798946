package org.kabinet.meters.impl;

import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * A household member who only views the account tried to change something on its meters (403). The code is the
 * accounts module's {@code account.readOnly}, the same for every module, so a client handles it once; the text
 * ({@code meters.readOnly.readings}, {@code meters.readOnly.name}) names what was refused and who may do it.
 */
public final class ReadOnlyAccountError extends KabinetException {
    private static final long serialVersionUID = 1L;
    static final String CODE = "account.readOnly";
    private final String textKey;

    private ReadOnlyAccountError(String textKey) {
        super(Failure.FORBIDDEN, CODE, null);
        this.textKey = textKey;
    }

    /** Submitting a reading, in the cabinet or with the member's own token. */
    static ReadOnlyAccountError readings() {
        return new ReadOnlyAccountError("meters.readOnly.readings");
    }

    /** Naming a meter: the name is shared by everyone who sees the account. */
    static ReadOnlyAccountError name() {
        return new ReadOnlyAccountError("meters.readOnly.name");
    }

    @Override
    public String textKey() {
        return textKey;
    }
}
