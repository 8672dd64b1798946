package org.kabinet.billing.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet billing notices",
        description = "The monthly debt SMS (etc/org.kabinet.billing.notices.cfg); payment SMS and statements need no settings")
public @interface NoticesConfig {
    @AttributeDefinition(description = "Send the debt SMS every month by itself")
    boolean debtSmsEnabled() default true;

    @AttributeDefinition(description = "Day of the month of the debt SMS (1-28)")
    int debtSmsDay() default 1;

    @AttributeDefinition(description = "Time of the debt SMS, HH:mm in the portal's zone (quiet hours still apply)")
    String debtSmsTime() default "10:00";

    @AttributeDefinition(description = "Only a debt above this many roubles gets an SMS")
    String debtSmsThreshold() default "100.00";

    @AttributeDefinition(description = "A portal started this many days after the scheduled moment or later skips the month's SMS")
    int debtSmsCatchUpDays() default 3;
}
