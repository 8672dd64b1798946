package org.kabinet.communication.impl.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kabinet.communication.api.MessagesListener;
import org.kabinet.communication.impl.messages.jpa.JpaMessageStore;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.Transactions;

/**
 * What the messages services and the file store share: the {@code kabinet-messages} unit, its
 * transactions, the portal's clock and zone, and the {@link MessagesListener}s that hear tenants' messages.
 */
public class MessagesData {
    private final EntityManagers em;
    private final Transactions tx;
    private final JpaMessageStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final List<MessagesListener> listeners = new CopyOnWriteArrayList<>();

    public MessagesData(EntityManagers em, Transactions tx, Clock clock, ZoneId zone) {
        this.em = em;
        this.tx = tx;
        this.store = new JpaMessageStore(em);
        this.clock = clock;
        this.zone = zone;
    }

    public final EntityManagers entityManagers() {
        return em;
    }

    public final Transactions tx() {
        return tx;
    }

    public final JpaMessageStore store() {
        return store;
    }

    public final Clock clock() {
        return clock;
    }

    public final ZoneId zone() {
        return zone;
    }

    /** Who hears tenants' messages, inside their transactions (the component adds and removes them). */
    public final List<MessagesListener> listeners() {
        return listeners;
    }

    public final long now() {
        return clock.millis();
    }

    public final LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The start of today in the portal's zone, epoch milliseconds: limits "a day" count from here. */
    public final long startOfToday() {
        return today().atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
