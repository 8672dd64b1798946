package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a metered service's volume comes from when it is known (the meters module, an integrator's
 * bundle). Without one, or when it knows nothing, billing uses the norm per person × residents.
 */
@ConsumerType
public interface ConsumptionSource {
    /** The month's volume of a metered service on an account, with how it was obtained, if known. */
    Optional<Consumption> volume(AccountFacts account, Service service, YearMonth period);

    /** A volume and its origin in words («по показаниям 12.03–11.04: 3,2 м³»). */
    record Consumption(BigDecimal volume, String source) {
    }
}
