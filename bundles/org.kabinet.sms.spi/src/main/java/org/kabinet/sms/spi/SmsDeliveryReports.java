package org.kabinet.sms.spi;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Optional: a gateway whose provider reports delivery also implements this interface on the same
 * service object as its {@link SmsGateway} (a DS component that implements both is registered under
 * both). Gateways without it keep working: their SMS simply stay "sent".
 *
 * <p>The portal keeps the provider's id of every SMS the gateway {@linkplain SmsReceipt#accepted
 * accepted} and learns its fate in one of two ways, whichever the provider offers:
 * <ul>
 * <li><b>Callback</b> ({@link #acceptsCallbacks()} true): the provider calls
 *     {@code /api/v1/sms/delivery/<gateway name>} (GET or POST); the portal hands the request to
 *     {@link #callback}, which checks that it is genuine (a shared secret, a signature) and reads the
 *     reports from it.</li>
 * <li><b>Polling</b> ({@link #pollInterval()} present): the portal's dispatcher asks {@link #poll}
 *     about SMS it sent through this gateway and has no final word on yet, each at most once per
 *     interval, for a limited time after sending.</li>
 * </ul>
 * Reports about ids the portal does not know are ignored, a repeated report changes nothing, and a
 * "delivered" report is never overturned by a later "failed" one; so a gateway may report freely.
 * Like {@link SmsGateway#send}, no method should throw for provider problems, and nothing a gateway
 * returns (details) may contain secrets.
 *
 * @since 1.1
 */
@ConsumerType
public interface SmsDeliveryReports {

    /** Whether the provider is set up to call the portal back; if not, a callback is answered 404. */
    boolean acceptsCallbacks();

    /**
     * Reads a provider's callback request.
     *
     * @param query   the decoded query parameters
     * @param headers the request headers; names are matched without regard to case
     * @param body    the request body as sent (form fields, JSON …), {@code ""} for none
     * @return the reports the request carries (possibly none, e.g. for an intermediate status), or
     *         empty when the request is not genuine (a wrong or missing secret): the portal then answers
     *         403 and applies nothing
     */
    Optional<List<DeliveryReport>> callback(Map<String, List<String>> query, Map<String, List<String>> headers, String body);

    /** How often the portal may ask about one SMS; empty when the provider is not polled (then {@link #poll} is never called). */
    Optional<Duration> pollInterval();

    /**
     * Asks the provider about SMS it accepted (the portal passes a small batch, at most 20). Called
     * from the dispatcher's thread: a provider that is down should end the call quickly (return what
     * is known so far).
     *
     * @return the reports of those with a final status; ids still under way or unknown to the provider are left out
     */
    List<DeliveryReport> poll(Collection<String> providerMessageIds);
}
