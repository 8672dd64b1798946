package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.notifications.api.DeliveryCallbackResult;
import org.kabinet.sms.spi.DeliveryReport;
import org.kabinet.sms.spi.SmsDeliveryReports;
import org.kabinet.sms.spi.SmsGateway;

/**
 * Learns what became of sent SMS from their provider, by callback or by polling, and applies it to
 * the outbox. Every report that says something new is kept as evidence; a repeated one changes
 * nothing; one about an id the gateway never gave is ignored; and "delivered" is final — a later
 * "failed" is kept but does not overturn it, while a "delivered" after a "failed" does.
 */
public final class SmsDeliveryTracker {
    private static final Logger LOG = Logger.getLogger(SmsDeliveryTracker.class.getName());
    public static final String DELIVERED = DeliveryReport.Status.DELIVERED.name();
    /** Longest provider id the outbox keeps (the column's size); longer ones cannot be tracked. */
    public static final int MAX_PROVIDER_ID = 200;

    private final OutboxStore store;
    private final Duration window;
    private final Clock clock;

    /**
     * @param window how long after sending an SMS is polled for its delivery; after that it stays "sent"
     */
    public SmsDeliveryTracker(OutboxStore store, Duration window, Clock clock) {
        this.store = store;
        this.window = window;
        this.clock = clock;
    }

    /** A provider's callback for {@code gateway} (null: no gateway of that name). */
    public DeliveryCallbackResult callback(SmsGateway gateway, Map<String, List<String>> query,
                                           Map<String, List<String>> headers, String body) {
        if (!(gateway instanceof SmsDeliveryReports reports) || !reports.acceptsCallbacks()) {
            return DeliveryCallbackResult.noSuchGateway();
        }
        Optional<List<DeliveryReport>> found = reports.callback(query == null ? Map.of() : query,
                headers == null ? Map.of() : headers, body == null ? "" : body);
        if (found.isEmpty()) {
            LOG.fine(() -> "A delivery callback for gateway " + gateway.name() + " was not genuine; nothing applied");
            return DeliveryCallbackResult.notGenuine();
        }
        return DeliveryCallbackResult.taken(apply(gateway.name(), found.get(), "CALLBACK"));
    }

    /**
     * Asks the gateway in use about up to {@code batch} of its sent SMS with no final word yet, each
     * no more often than the gateway's poll interval and only within the window after sending.
     *
     * @return how many SMS the answers changed
     */
    public int pollDue(SmsGateway current, int batch) {
        if (!(current instanceof SmsDeliveryReports reports)) {
            return 0;
        }
        Optional<Duration> interval = reports.pollInterval();
        if (interval.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<SentSms> due = store.unconfirmedSms(current.name(), now.minus(window), now.minus(interval.get()), batch);
        if (due.isEmpty()) {
            return 0;
        }
        store.markDeliveryChecked(due.stream().map(SentSms::id).toList(), now);
        List<DeliveryReport> found;
        try {
            found = reports.poll(due.stream().map(SentSms::providerMessageId).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS gateway " + current.name() + " failed polling delivery reports; will ask again later", e);
            return 0;
        }
        return apply(current.name(), found == null ? List.of() : found, "POLL");
    }

    /** Applies reports of the gateway's provider; returns how many SMS they changed. */
    public int apply(String gateway, List<DeliveryReport> reports, String source) {
        Instant now = clock.instant();
        int applied = 0;
        for (DeliveryReport report : reports) {
            String providerId = report.providerMessageId();
            Optional<SentSms> sms = providerId.length() > MAX_PROVIDER_ID ? Optional.empty() : store.sentSms(gateway, providerId);
            if (sms.isEmpty()) {
                LOG.fine(() -> "A delivery report of gateway " + gateway + " about an unknown message id ("
                        + abbreviate(providerId) + ") was ignored");
                continue;
            }
            SentSms sent = sms.get();
            String status = report.status().name();
            if (store.hasDeliveryReport(sent.id(), status)) {
                continue; // repeated: nothing new
            }
            store.recordDeliveryReport(new DeliveryRecord(sent.id(), gateway, providerId, status, report.at(), now, source,
                    report.detail()));
            if (DELIVERED.equals(sent.deliveryState())) {
                LOG.fine(() -> "SMS " + sent.idempotencyKey() + " was delivered; a later " + status + " report is kept only");
                continue;
            }
            store.markDelivery(sent.id(), status, report.at() == null ? now : report.at(), report.detail());
            applied++;
        }
        return applied;
    }

    private static String abbreviate(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
