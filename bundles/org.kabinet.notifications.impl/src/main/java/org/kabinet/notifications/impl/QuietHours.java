package org.kabinet.notifications.impl;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** Hours in which no SMS goes out (default 21:00–09:00 local time): messages wait until morning. */
public final class QuietHours {
    private final LocalTime from;
    private final LocalTime to;
    private final ZoneId zone;

    /** The default: 21:00–09:00 in Asia/Yekaterinburg. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Yekaterinburg"));

    /**
     * Quiet hours from configuration text ({@code HH:mm}, a zone id); a typo falls back to the default
     * with a warning instead of stopping all notifications.
     */
    public static QuietHours parse(String from, String to, String zone) {
        try {
            return new QuietHours(LocalTime.parse(from.strip()), LocalTime.parse(to.strip()), ZoneId.of(zone.strip()));
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(QuietHours.class.getName()).warning(() -> "Quiet hours '" + from + "'–'" + to
                    + "' in " + zone + " are not valid (HH:mm and a zone such as Asia/Yekaterinburg): using 21:00–09:00 Asia/Yekaterinburg");
            return DEFAULT;
        }
    }

    public QuietHours(LocalTime from, LocalTime to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    /** The zone the hours are local to; the daily SMS cap's day is counted in it too. */
    public ZoneId zone() {
        return zone;
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
