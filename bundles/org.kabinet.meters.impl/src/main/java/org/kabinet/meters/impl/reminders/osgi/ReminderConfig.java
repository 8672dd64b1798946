package org.kabinet.meters.impl.reminders.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet reading reminders",
        description = "Reminders to submit meter readings and about verification, by e-mail and SMS"
                + " (etc/org.kabinet.meters.reminders.cfg); tenants switch them per account in their notification settings")
public @interface ReminderConfig {
    @AttributeDefinition(description = "Send the reminders: when the window opens, the day before it closes, 30 days before verification")
    boolean enabled() default true;

    @AttributeDefinition(description = "Reminders are queued from this time of day, HH:mm in the portal's zone"
            + " (SMS quiet hours still apply)")
    String sendFrom() default "10:00";

    @AttributeDefinition(description = "… and until this time of day, HH:mm in the portal's zone; a day missed is caught up the next day")
    String sendUntil() default "20:00";
}
