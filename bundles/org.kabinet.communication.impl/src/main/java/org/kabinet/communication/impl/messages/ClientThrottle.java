package org.kabinet.communication.impl.messages;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * At most {@code limit} uses per client within a sliding window, kept in memory: each node of a cluster
 * counts on its own, and a restart forgets. A client is its IPv4 address, or the /64 network of its IPv6
 * address (one subscriber usually holds a whole /64, so rotating within it gains nothing). At most
 * {@link #MAX_CLIENTS} clients are remembered: when full, those idle for a whole window are forgotten, and
 * if none is, a client not seen before is refused until room frees up — a flood of addresses never wipes
 * the counts of the clients already limited. The limit per contact and the global limit per hour, kept in
 * the database, are the ones that hold everywhere.
 */
public final class ClientThrottle {
    /** Clients remembered at most. */
    static final int MAX_CLIENTS = 10_000;
    /** What an IPv6 literal may consist of (so that parsing it never asks DNS). */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final int maxClients;
    private final Map<String, Deque<Long>> uses = new HashMap<>();

    public ClientThrottle(int limit, Duration window, Clock clock) {
        this(limit, window, clock, MAX_CLIENTS);
    }

    ClientThrottle(int limit, Duration window, Clock clock, int maxClients) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.maxClients = maxClients;
    }

    /** Counts a use by the client; false (and nothing counted) when the client is past the limit, or new while the table is full. */
    public synchronized boolean tryUse(String client) {
        long now = clock.millis();
        long since = now - window.toMillis();
        String key = key(client);
        Deque<Long> times = uses.get(key);
        if (times == null) {
            if (uses.size() >= maxClients) {
                forgetIdle(since);
                if (uses.size() >= maxClients) {
                    return false;
                }
            }
            times = new ArrayDeque<>();
            uses.put(key, times);
        }
        while (!times.isEmpty() && times.peekFirst() <= since) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** How a client is counted: an IPv6 address by its /64 network, anything else as given. */
    static String key(String client) {
        String c = client == null ? "" : client.strip();
        if (c.isEmpty()) {
            return "?";
        }
        if (c.indexOf(':') < 0) {
            return c;
        }
        String literal = c.startsWith("[") && c.endsWith("]") ? c.substring(1, c.length() - 1) : c;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!IPV6.matcher(literal).matches()) {
            return c;
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] network = new byte[8];
                System.arraycopy(address.getAddress(), 0, network, 0, 8);
                return "v6:" + HexFormat.of().formatHex(network) + "/64";
            }
            return address.getHostAddress(); // an IPv4-mapped address counts as its IPv4 one
        } catch (UnknownHostException | IllegalArgumentException e) {
            return c.toLowerCase(Locale.ROOT);
        }
    }

    private void forgetIdle(long since) {
        for (Iterator<Deque<Long>> it = uses.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            if (times.isEmpty() || times.peekLast() <= since) {
                it.remove();
            }
        }
    }
}
