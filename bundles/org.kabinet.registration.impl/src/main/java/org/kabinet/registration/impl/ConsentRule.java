package org.kabinet.registration.impl;

import java.util.List;
import org.kabinet.registration.api.ConsentStatus;

/**
 * Whether a tenant must agree again: only a consent to the version configured now, not withdrawn,
 * counts; a consent to any other version (an older text) asks again.
 */
public final class ConsentRule {
    private ConsentRule() {
    }

    public static ConsentStatus status(List<ConsentRecord> consents, String current) {
        String latest = null;
        for (ConsentRecord consent : consents) {
            if (consent.withdrawnAt() == null) {
                if (consent.version().equals(current)) {
                    return new ConsentStatus(current, current, false);
                }
                latest = consent.version();
            }
        }
        return new ConsentStatus(latest, current, true);
    }
}
