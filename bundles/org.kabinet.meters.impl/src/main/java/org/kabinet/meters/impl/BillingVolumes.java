package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.billing.api.Service;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.impl.jpa.JpaMeterStore;

/**
 * Volumes of metered services for billing: a service's code names a resource ({@code serviceResources});
 * the account's active meters of it installed by the period's end each give their volume by readings or
 * by the average ({@link MeterVolumes}); when there is no such meter, or one of them has neither, there is
 * no volume and billing uses the norm.
 *
 * <p>A billing run asks once per account and service, 100 000 accounts and more: the first question about a
 * period reads the volumes of all accounts with three queries, and later ones are answered from
 * memory. An account whose readings or meters changed since (on this node) is read again by itself. The
 * memory is dropped when nobody asked for {@link #IDLE} (so the next run starts afresh, also seeing other
 * nodes' changes) and after {@link #MAX_AGE} in any case.
 */
public class BillingVolumes implements ConsumptionSource {
    static final Duration IDLE = Duration.ofSeconds(30);
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    /** Periods kept in memory at most. */
    private static final int PERIODS = 3;
    private final MetersData data;
    private final JpaMeterStore store;
    private final Map<String, Resource> resources;
    private final Map<YearMonth, Snapshot> snapshots = new HashMap<>();

    /** @param resources the resource of each metered service by the service's code */
    public BillingVolumes(MetersData data, Map<String, Resource> resources) {
        this.data = data;
        this.store = data.store();
        this.resources = Map.copyOf(resources);
    }

    /**
     * Reads {@code code=RESOURCE,code=RESOURCE} (e.g. {@code cold-water=COLD_WATER,hot-water=HOT_WATER}); a pair
     * that does not read is told to {@code bad} and left out.
     */
    public static Map<String, Resource> resources(String spec, Consumer<String> bad) {
        Map<String, Resource> map = new HashMap<>();
        for (String pair : (spec == null ? "" : spec).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            Resource r = parts.length == 2 ? MeterRules.resource(parts[1]) : null;
            if (r == null || parts[0].isBlank()) {
                bad.accept(pair.strip());
            } else {
                map.put(parts[0].strip().toLowerCase(Locale.ROOT), r);
            }
        }
        return map;
    }

    @Override
    public Optional<Consumption> volume(AccountFacts account, Service service, YearMonth period) {
        Resource resource = service == null || service.code() == null ? null : resources.get(service.code().toLowerCase(Locale.ROOT));
        if (resource == null || account == null || period == null) {
            return Optional.empty();
        }
        String key = ReadingChanges.key(account.accountId(), resource);
        Snapshot s = snapshot(period);
        long changed = data.changes().changedAt(key);
        if (changed > s.base && changed > s.refreshed.getOrDefault(key, 0L)) {
            Optional<Consumption> fresh = data.tx().inTransaction(() -> read(period, account.accountId(), resource)).getOrDefault(key, Optional.empty());
            s.volumes.put(key, fresh);
            s.refreshed.put(key, changed);
        }
        return s.volumes.getOrDefault(key, Optional.empty());
    }

    /** The period's volumes as remembered, or read now. */
    private synchronized Snapshot snapshot(YearMonth period) {
        long now = data.clock().millis();
        Snapshot s = snapshots.get(period);
        if (s == null || now - s.usedAt > IDLE.toMillis() || now - s.loadedAt > MAX_AGE.toMillis()) {
            long base = data.changes().version();
            Map<String, Optional<Consumption>> volumes = data.tx().inTransaction(() -> read(period, null, null));
            s = new Snapshot(base, now, new ConcurrentHashMap<>(volumes));
            snapshots.put(period, s);
            while (snapshots.size() > PERIODS) {
                snapshots.values().stream().min((a, b) -> Long.compare(a.usedAt, b.usedAt)).ifPresent(old -> snapshots.values().remove(old));
            }
            data.changes().forgetUpTo(snapshots.values().stream().mapToLong(x -> x.base).min().orElse(base));
        }
        s.usedAt = now;
        return s;
    }

    /**
     * Each account's volume of each resource, for the accounts that have meters of it: of all accounts, or of
     * one account and resource. Three queries, whatever the number of accounts.
     */
    private Map<String, Optional<Consumption>> read(YearMonth period, String accountId, Resource resource) {
        List<JpaMeterStore.ActiveMeter> meters = store.activeMeters(period, accountId, resource);
        List<String> ids = accountId == null ? null : meters.stream().map(JpaMeterStore.ActiveMeter::id).toList();
        List<YearMonth> earlier = new ArrayList<>();
        for (int i = 1; i <= MeterVolumes.AVERAGE_PERIODS; i++) {
            earlier.add(period.minusMonths(i));
        }
        Map<String, JpaMeterStore.Counted> inPeriod = store.counted(List.of(period), ids);
        Map<String, JpaMeterStore.Counted> before = store.counted(earlier, ids);
        Map<String, Integer> count = new HashMap<>();
        Map<String, List<MeterVolumes.Volume>> known = new HashMap<>();
        for (JpaMeterStore.ActiveMeter m : meters) {
            String key = ReadingChanges.key(m.accountId(), m.resource());
            count.merge(key, 1, Integer::sum);
            JpaMeterStore.Counted now = inPeriod.get(m.id());
            JpaMeterStore.Counted then = before.get(m.id());
            MeterVolumes.of(now != null, now == null ? BigDecimal.ZERO : now.volume(), then == null ? 0 : then.periods(),
                    then == null ? BigDecimal.ZERO : then.volume()).ifPresent(v -> known.computeIfAbsent(key, k -> new ArrayList<>()).add(v));
        }
        Map<String, Optional<Consumption>> volumes = new HashMap<>();
        count.forEach((key, n) -> volumes.put(key, MeterVolumes.account(n, known.getOrDefault(key, List.of()),
                Resource.valueOf(key.substring(key.indexOf('|') + 1)).unit())));
        return volumes;
    }

    /** What was read of a period: as of change number {@code base}, and accounts read again since. */
    private static final class Snapshot {
        final long base;
        final long loadedAt;
        volatile long usedAt;
        final Map<String, Optional<Consumption>> volumes;
        final Map<String, Long> refreshed = new ConcurrentHashMap<>();

        Snapshot(long base, long loadedAt, Map<String, Optional<Consumption>> volumes) {
            this.base = base;
            this.loadedAt = loadedAt;
            this.usedAt = loadedAt;
            this.volumes = volumes;
        }
    }
}
