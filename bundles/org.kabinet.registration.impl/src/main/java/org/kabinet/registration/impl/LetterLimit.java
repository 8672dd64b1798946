package org.kabinet.registration.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How often one address may be sent a letter: not within 30 s of the previous one and at most
 * 3 in any hour. The recent send times travel as a short comma-separated list of epoch millis.
 */
public final class LetterLimit {
    static final Duration COOLDOWN = Duration.ofSeconds(30);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_WINDOW = 3;

    private LetterLimit() {
    }

    public static boolean allows(String sentTimes, Instant now) {
        List<Instant> recent = recent(sentTimes, now);
        if (recent.size() >= PER_WINDOW) {
            return false;
        }
        return recent.isEmpty() || !recent.get(recent.size() - 1).plus(COOLDOWN).isAfter(now);
    }

    /** The list with {@code now} recorded and entries older than the window dropped. */
    public static String record(String sentTimes, Instant now) {
        List<Instant> recent = new ArrayList<>(recent(sentTimes, now));
        recent.add(now);
        return recent.stream().map(i -> String.valueOf(i.toEpochMilli())).collect(Collectors.joining(","));
    }

    private static List<Instant> recent(String sentTimes, Instant now) {
        if (sentTimes == null || sentTimes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(sentTimes.split(",")).map(s -> Instant.ofEpochMilli(Long.parseLong(s.strip())))
                .filter(t -> t.plus(WINDOW).isAfter(now)).sorted().collect(Collectors.toList());
    }
}
