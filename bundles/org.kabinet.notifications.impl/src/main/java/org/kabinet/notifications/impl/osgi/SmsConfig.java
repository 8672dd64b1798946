package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet SMS", description = "How queued SMS go out through the SMS gateway in use")
public @interface SmsConfig {
    @AttributeDefinition(description = "At most this many SMS per second through the gateway")
    double smsPerSecond() default 20;

    @AttributeDefinition(description = "Quiet hours start (local time, HH:mm): no SMS from then")
    String quietFrom() default "21:00";

    @AttributeDefinition(description = "Quiet hours end (local time, HH:mm): waiting SMS go out from then")
    String quietTo() default "09:00";

    @AttributeDefinition(description = "Time zone of the quiet hours")
    String zone() default "Asia/Yekaterinburg";

    @AttributeDefinition(description = "First retry delay of an SMS in seconds; doubles up to smsRetryCapSeconds")
    long smsRetryFirstSeconds() default 60;

    @AttributeDefinition(description = "Longest retry delay of an SMS in seconds")
    long smsRetryCapSeconds() default 3600;

    @AttributeDefinition(description = "Attempts before an SMS is marked failed")
    int smsMaxAttempts() default 10;

    @AttributeDefinition(description = "Hours after sending during which the gateway's provider is polled for"
            + " an SMS's delivery (gateways that report by polling)")
    int deliveryPollHours() default 72;

    @AttributeDefinition(description = "At most this many SMS with a code a day (sent plus waiting, counted from local"
            + " midnight in the zone above): past it new codes are refused (429); the company's own SMS are never held; 0 = no cap")
    int smsCodesPerDay() default 500;

    @AttributeDefinition(description = "Percent of smsCodesPerDay at which staff get one alarm letter a day at the company's"
            + " e-mail address and a WARNING line in the log")
    int smsAlarmPercent() default 80;
}
