package org.kabinet.meters.impl;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MetersListener;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.persistence.Transactions;

/**
 * What the meters services share: the tables, transactions, the portal's clock and zone, the log of
 * changes that volumes kept in memory listen to, and the {@link MetersListener}s that hear readings.
 */
public class MetersData {
    private final JpaMeterStore store;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadingChanges changes = new ReadingChanges();
    private final List<MetersListener> listeners = new CopyOnWriteArrayList<>();

    public MetersData(JpaMeterStore store, Transactions tx, Clock clock, ZoneId zone) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /** Stores the company's window 20–25, soft, unless it has one (first start). */
    public final void seedWindow() {
        tx.inTransaction(() -> {
            if (store.windows().stream().noneMatch(w -> w.scope() == WindowRule.Scope.COMPANY)) {
                store.saveWindow(WindowCalendar.DEFAULT);
            }
            return null;
        });
    }

    public final JpaMeterStore store() {
        return store;
    }

    public final Transactions tx() {
        return tx;
    }

    public final Clock clock() {
        return clock;
    }

    public final ZoneId zone() {
        return zone;
    }

    public final ReadingChanges changes() {
        return changes;
    }

    /** Who hears readings stored and accepted, inside their transactions (the component adds and removes them). */
    public final List<MetersListener> listeners() {
        return listeners;
    }

    public final java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(zone));
    }

    /** Leaves a row for staff review, in the caller's transaction. */
    public final void audit(String by, String action, String meterId, String detail) {
        store.insertAudit(new MeterAudit(clock.instant(), by == null || by.isBlank() ? "—" : by.strip(), action, meterId, detail));
    }

    public final Instant now() {
        return clock.instant();
    }

    public final List<WindowRule> windows() {
        return tx.inTransaction(store::windows);
    }
}
