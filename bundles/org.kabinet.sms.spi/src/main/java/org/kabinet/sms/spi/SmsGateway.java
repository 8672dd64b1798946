package org.kabinet.sms.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends SMS through a provider. Register an implementation as an OSGi service; with several, the
 * one with the highest {@code service.ranking} is used. Implementations must not throw for
 * provider problems: return a failure receipt, and keep secrets out of the reason text.
 */
@ConsumerType
public interface SmsGateway {

    /** A short name for logs and the staff view, e.g. {@code log} or {@code http}. */
    String name();

    /** Sends one message synchronously (the portal calls it from its dispatcher thread). */
    SmsReceipt send(SmsMessage message);
}
