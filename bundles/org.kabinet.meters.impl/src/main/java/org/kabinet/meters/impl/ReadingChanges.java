package org.kabinet.meters.impl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kabinet.meters.api.Resource;

/**
 * Which account's readings or meters of a resource changed, in order: every committed change takes the
 * next number. Whoever keeps volumes in memory ({@link BillingVolumes}) notes the number before it reads
 * and recomputes an account when a later change touched it — also one that committed while it was reading.
 */
public final class ReadingChanges {
    private final AtomicLong last = new AtomicLong();
    private final Map<String, Long> changed = new ConcurrentHashMap<>();

    /** The number of the latest change. */
    public long version() {
        return last.get();
    }

    /** Notes a committed change of the account's readings or meters of the resource. */
    public void changed(String accountId, Resource resource) {
        changed.put(key(accountId, resource), last.incrementAndGet());
    }

    /** The number of the latest change of the account and resource, 0 when none is remembered. */
    public long changedAt(String key) {
        return changed.getOrDefault(key, 0L);
    }

    /** Forgets changes no reader needs any more (all readers started after them). */
    public void forgetUpTo(long version) {
        changed.values().removeIf(v -> v <= version);
    }

    public static String key(String accountId, Resource resource) {
        return accountId + "|" + resource.name();
    }
}
