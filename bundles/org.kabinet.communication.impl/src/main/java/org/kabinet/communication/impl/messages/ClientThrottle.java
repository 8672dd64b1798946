package org.kabinet.communication.impl.messages;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * At most {@code limit} uses per client address within a sliding window, kept in memory: each node of a
 * cluster counts on its own, and a restart forgets. Good enough against a form filled in a loop; the limit
 * per contact, kept in the database, is the one that holds everywhere.
 */
public final class ClientThrottle {
    /** Clients remembered at most; past it, those idle for a whole window are forgotten first. */
    private static final int MAX_CLIENTS = 10_000;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> uses = new HashMap<>();

    public ClientThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a use by the client; false (and nothing counted) when the client is past the limit. */
    public synchronized boolean tryUse(String client) {
        long now = clock.millis();
        long since = now - window.toMillis();
        if (uses.size() >= MAX_CLIENTS) {
            forgetIdle(since);
        }
        Deque<Long> times = uses.computeIfAbsent(client == null || client.isBlank() ? "?" : client.strip(), k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= since) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private void forgetIdle(long since) {
        for (Iterator<Deque<Long>> it = uses.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            if (times.isEmpty() || times.peekLast() <= since) {
                it.remove();
            }
        }
        if (uses.size() >= MAX_CLIENTS) {
            uses.clear(); // a flood of addresses: start over rather than grow without bound
        }
    }
}
