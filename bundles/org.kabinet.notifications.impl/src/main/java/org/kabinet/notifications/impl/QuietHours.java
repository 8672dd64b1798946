package org.kabinet.notifications.impl;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Hours in which no SMS goes out (default 21:00–09:00 local time): messages wait until morning. */
public final class QuietHours {
    private final LocalTime from;
    private final LocalTime to;
    private final ZoneId zone;

    public QuietHours(LocalTime from, LocalTime to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    public boolean isQuiet(Instant instant) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !local.isBefore(from) && local.isBefore(to)
                : !local.isBefore(from) || local.isBefore(to);
    }
}
