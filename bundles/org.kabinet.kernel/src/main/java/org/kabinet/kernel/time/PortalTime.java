package org.kabinet.kernel.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's clock and its zone (the managing company's local time, {@code etc/org.kabinet.time.cfg};
 * default Asia/Yekaterinburg). Everything that reads the time or speaks of "today", "the 1st of the
 * month" or "21:00" takes it from here, so tests can move time and a company in another zone
 * changes one line.
 */
@ProviderType
public interface PortalTime {

    /** A clock in the portal's zone. */
    Clock clock();

    default ZoneId zone() {
        return clock().getZone();
    }

    default ZonedDateTime now() {
        return ZonedDateTime.now(clock());
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
