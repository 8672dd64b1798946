/**
 * The SMS gateway SPI: implement {@link org.kabinet.sms.spi.SmsGateway} in your own bundle,
 * register it as an OSGi service, and the portal sends its SMS through it. The portal keeps the
 * queue, retries, rate limits and quiet hours; a gateway only sends one message and says how it went.
 * A gateway whose provider reports delivery may also implement
 * {@link org.kabinet.sms.spi.SmsDeliveryReports} (since 1.1).
 */
@Export
@Version("1.1.0")
package org.kabinet.sms.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
