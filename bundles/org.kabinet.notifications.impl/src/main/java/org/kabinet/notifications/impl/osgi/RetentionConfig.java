package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.kabinet.notifications.retention.cfg: how long the outbox keeps what it sent (run once a day). */
@ObjectClassDefinition(id = "org.kabinet.notifications.retention", name = "Kabinet outbox retention",
        description = "How long sent letters and SMS are kept; checked once a day. Waiting messages are never touched;"
                + " 0 = keep that kind forever")
public @interface RetentionConfig {
    @AttributeDefinition(description = "Days after sending after which a delivered message's text, links and attachments"
            + " are cleared; what was sent (subject, kind), when and to whom stay")
    int sentBodyDays() default 30;

    @AttributeDefinition(description = "Days after queueing after which a failed message's text, links and attachments are"
            + " cleared (it can no longer be sent again)")
    int failedBodyDays() default 90;

    @AttributeDefinition(description = "Days after queueing after which a sent or failed message is deleted with its"
            + " attempts and delivery reports (default 3 years: the limitation period for disputes over a notice)")
    int keepDays() default 1096;

    @AttributeDefinition(description = "Days after which the .eml files of the no-SMTP mail folder are deleted")
    int emlDays() default 14;
}
