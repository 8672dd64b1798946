package org.kabinet.communication.impl.announcements;

import java.time.Clock;
import java.time.Instant;
import org.kabinet.communication.impl.announcements.jpa.JpaAnnouncementStore;
import org.kabinet.persistence.Transactions;

/** What the announcement services share: the tables, transactions and the portal's clock. */
public class AnnouncementsData {
    private final JpaAnnouncementStore store;
    private final Transactions tx;
    private final Clock clock;

    public AnnouncementsData(JpaAnnouncementStore store, Transactions tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    public final JpaAnnouncementStore store() {
        return store;
    }

    public final Transactions tx() {
        return tx;
    }

    public final Instant now() {
        return clock.instant();
    }
}
