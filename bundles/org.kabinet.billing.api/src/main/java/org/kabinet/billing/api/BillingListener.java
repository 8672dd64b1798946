package org.kabinet.billing.api;

import java.time.YearMonth;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears what billing does, inside the same transaction: register an implementation as an OSGi service
 * (notifications send the payment SMS and the monthly statement from here). A listener that throws rolls
 * the change back, so it should only queue its work (the outbox), never call the outside world.
 */
@ConsumerType
public interface BillingListener {
    /** A payment was posted to the account (a repeat of the same payment is not posted again and not heard). */
    default void paymentPosted(String accountId, Payment payment) {
    }

    /** A payment was reversed. */
    default void paymentReversed(String accountId, Payment payment) {
    }

    /** A period was closed: its charges are final. */
    default void periodClosed(YearMonth period) {
    }
}
