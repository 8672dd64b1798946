package org.kabinet.audit.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Keeps strangers from flooding the trail: of the refusals with the same key (client address and action)
 * one a window is written; the others are counted and the count goes into the next one written for that
 * key ("+N more"). Staff endpoints are not rate-limited, so without this a loop of wrong credentials would
 * write a row per request and hold up every sign-in behind the trail's one append lock.
 * <p>
 * The windows live in memory, at most {@code maxKeys} of them: when that many addresses are active at once,
 * finished windows are dropped (their counts with them) and, if all are still running, one window per
 * action is shared by all addresses.
 */
final class FailureCoalescer {
    private record Window(Instant start, int suppressed) {
    }

    private final Duration window;
    private final int maxKeys;
    private final Map<String, Window> windows = new HashMap<>();

    FailureCoalescer(Duration window, int maxKeys) {
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /**
     * Whether to write the refusal now: empty = counted only; otherwise how many like it were counted
     * without being written in the key's previous window.
     */
    synchronized OptionalInt admit(String address, String action, Instant now) {
        String key = address + " " + action;
        if (!windows.containsKey(key) && windows.size() >= maxKeys) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
            if (windows.size() >= maxKeys) {
                key = "* " + action;
            }
        }
        Window current = windows.get(key);
        if (current != null && now.isBefore(current.start().plus(window))) {
            windows.put(key, new Window(current.start(), current.suppressed() + 1));
            return OptionalInt.empty();
        }
        windows.put(key, new Window(now, 0));
        return OptionalInt.of(current == null ? 0 : current.suppressed());
    }
}
