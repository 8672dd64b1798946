package org.kabinet.communication.impl.messages.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kabinet messages", description = "Tenants' messages, the feedback form and uploaded files "
        + "(etc/org.kabinet.communication.cfg)")
public @interface CommunicationConfig {
    @AttributeDefinition(description = "The company's address that gets every new message, feedback and tenant's reply; "
            + "empty: the company's e-mail (etc/org.kabinet.company.cfg); both empty: no letters, the staff inbox only")
    String mailbox() default "";

    @AttributeDefinition(description = "Messages and replies a tenant may write a day")
    int messagesPerDay() default 20;

    @AttributeDefinition(description = "Files a tenant or staff member may upload a day")
    int uploadsPerDay() default 50;

    @AttributeDefinition(description = "Feedback forms one client address may send an hour (counted in memory, per node)")
    int feedbackPerClientPerHour() default 5;

    @AttributeDefinition(description = "Feedback forms with the same e-mail or phone a day")
    int feedbackPerContactPerDay() default 3;

    @AttributeDefinition(description = "Feedback forms taken an hour from everyone together (counted in the database); "
            + "past it the form answers 429 communication.feedback.tooMany")
    int feedbackPerHour() default 100;

    @AttributeDefinition(description = "Where uploaded files are kept, outside the web root; empty: ${karaf.data}/communication/attachments")
    String attachmentsDir() default "";
}
