package org.kabinet.meters.impl.osgi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.logging.Logger;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.impl.BillingVolumes;

/** The configuration read leniently: a value that does not read falls back to its default with a warning. */
final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private Settings() {
    }

    static BigDecimal flagFactor(MetersConfig config) {
        try {
            BigDecimal factor = new BigDecimal(config.flagFactor().strip().replace(',', '.'));
            if (factor.compareTo(BigDecimal.ONE) >= 0) {
                return factor;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // told below
        }
        LOG.warning(() -> "flagFactor '" + config.flagFactor() + "' in etc/org.kabinet.meters.cfg is not a number of at least 1; 3 is used");
        return BigDecimal.valueOf(3);
    }

    static int submissionsPerDay(MetersConfig config) {
        if (config.submissionsPerDay() < 1) {
            LOG.warning(() -> "submissionsPerDay " + config.submissionsPerDay() + " in etc/org.kabinet.meters.cfg is below 1; 10 is used");
            return 10;
        }
        return config.submissionsPerDay();
    }

    static Map<String, Resource> serviceResources(MetersConfig config) {
        return BillingVolumes.resources(config.serviceResources(),
                bad -> LOG.warning(() -> "serviceResources: '" + bad + "' in etc/org.kabinet.meters.cfg is not code=RESOURCE; left out"));
    }
}
