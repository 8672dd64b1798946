package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.kabinet.webhooks.cfg: outgoing webhooks (README «Webhooks»). */
@ObjectClassDefinition(id = "org.kabinet.webhooks", name = "Kabinet webhooks",
        description = "Signed POSTs to integrators' endpoints when payments, periods, readings and messages happen")
public @interface WebhooksConfig {
    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The key (32 random bytes, Base64) the endpoints'"
            + " signing secrets are derived from; the same on every node. Empty: a key made at the first start and kept"
            + " in data/kabinet/webhooks.key (one node only). A new key changes every endpoint's secret")
    String key() default "";

    @AttributeDefinition(description = "At most this many endpoints")
    int maxEndpoints() default 20;

    @AttributeDefinition(description = "Seconds to wait for a receiver to connect and answer")
    int timeoutSeconds() default 10;

    @AttributeDefinition(description = "Seconds before the first retry; the wait doubles after each failure")
    int retryFirstSeconds() default 30;

    @AttributeDefinition(description = "The longest wait between retries, in seconds")
    int retryCapSeconds() default 3600;

    @AttributeDefinition(description = "Attempts before a delivery is marked failed (staff can retry it in /admin)")
    int maxAttempts() default 15;

    @AttributeDefinition(description = "Milliseconds between the dispatcher's looks for due deliveries")
    long pollMillis() default 2000;
}
