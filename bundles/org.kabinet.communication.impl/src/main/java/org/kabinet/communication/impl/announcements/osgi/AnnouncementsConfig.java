package org.kabinet.communication.impl.announcements.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet announcements",
        description = "Announcements to tenants (etc/org.kabinet.communication.announcements.cfg)")
public @interface AnnouncementsConfig {
    @AttributeDefinition(description = "Days an announcement stays in the cabinet when staff give no end (at least 1)")
    int defaultValidityDays() default 30;

    @AttributeDefinition(description = "SMS parts an urgent announcement's SMS may take (at least 1); a longer title is cut")
    int smsMaxParts() default 2;
}
