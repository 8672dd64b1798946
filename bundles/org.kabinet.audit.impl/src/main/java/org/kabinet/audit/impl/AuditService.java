package org.kabinet.audit.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;

/**
 * The trail's rules: appends chained rows one at a time (so the chain has no forks), never lets a storage
 * failure reach the caller, reads pages, purges what is older than the retention and checks the chain.
 * The store's appends run in a transaction of their own (the component's wiring).
 */
public final class AuditService implements AuditTrail {
    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());
    private final AuditStore store;
    private final Clock clock;
    private final Object appending = new Object();
    /** Refusals of strangers: one a minute per client address and action is written, the rest counted. */
    private final FailureCoalescer refusals = new FailureCoalescer(Duration.ofMinutes(1), 10_000);
    /** What a failed tenant sign-in's typed address must look like to be kept: else it may be a password. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final String NOT_AN_ADDRESS = "(не адрес)";

    public AuditService(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        if (event == null) {
            return;
        }
        if (event.actorKind() == ActorKind.ANONYMOUS && event.outcome() != Outcome.SUCCESS) {
            OptionalInt earlier = refusals.admit(event.clientIp(), event.action(), clock.instant());
            if (earlier.isEmpty()) {
                return;
            }
            event = stranger(event, earlier.getAsInt());
        }
        try {
            synchronized (appending) {
                Optional<AuditStore.ChainedEvent> last = store.last();
                long seq = last.map(r -> r.seq() + 1).orElse(1L);
                String prev = last.map(AuditStore.ChainedEvent::hash).orElse(HashChain.GENESIS);
                store.append(new AuditStore.ChainedEvent(seq, event, prev, HashChain.hash(seq, prev, event)));
            }
        } catch (RuntimeException e) {
            // the action and outcome only: the actor, address and detail may be personal data
            LOG.log(Level.WARNING, "Could not record an audit event (" + event.action() + ", " + event.outcome()
                    + "): " + e.getClass().getName());
        }
    }

    /**
     * A stranger's refusal as written: a failed tenant sign-in keeps the typed text only when it looks like
     * an address (a password typed into the address field stays out of the trail), and the count of the
     * refusals like it that the previous window only counted.
     */
    static AuditEvent stranger(AuditEvent event, int earlier) {
        String actor = event.actor();
        if (event.action().startsWith("tenant.") && !actor.isEmpty() && !ADDRESS.matcher(actor).matches()) {
            actor = NOT_AN_ADDRESS;
        }
        String detail = earlier == 0 ? event.detail()
                : (event.detail().isEmpty() ? "" : event.detail() + " ") + "(+" + earlier + " с этого адреса за минуту до этого)";
        return new AuditEvent(event.at(), event.actorKind(), actor, event.clientIp(), event.action(), event.target(),
                event.outcome(), detail);
    }

    @Override
    public AuditPage find(AuditQuery query) {
        return store.find(query);
    }

    /** Deletes the events older than {@code retention}; the number deleted. */
    public int purge(Duration retention) {
        return store.purgeBefore(clock.instant().minus(retention));
    }

    /**
     * The sequence number of the first row whose hash does not match its fields or whose link to the row
     * before it is broken, or empty when the whole remaining chain holds. The oldest remaining row is
     * trusted to link to whatever the purge removed.
     */
    public Optional<Long> firstBroken() {
        String expectedPrev = null;
        long next = 0;
        while (true) {
            List<AuditStore.ChainedEvent> rows = store.chain(next, 1000);
            for (AuditStore.ChainedEvent row : rows) {
                if (expectedPrev != null && !expectedPrev.equals(row.prevHash())) {
                    return Optional.of(row.seq());
                }
                if (!HashChain.hash(row.seq(), row.prevHash(), row.event()).equals(row.hash())) {
                    return Optional.of(row.seq());
                }
                expectedPrev = row.hash();
                next = row.seq() + 1;
            }
            if (rows.size() < 1000) {
                return Optional.empty();
            }
        }
    }

    /** The time of the clock, for the retention's log. */
    Instant now() {
        return clock.instant();
    }
}
