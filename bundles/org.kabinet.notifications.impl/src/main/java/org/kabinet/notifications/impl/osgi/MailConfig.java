package org.kabinet.notifications.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Kabinet e-mail", description = "SMTP server for letters; with no host, letters are written as .eml files")
public @interface MailConfig {
    @AttributeDefinition(description = "SMTP host; empty = write .eml files into mailFolder instead of sending")
    String host() default "";

    @AttributeDefinition(description = "SMTP port")
    int port() default 25;

    @AttributeDefinition(description = "SMTP login; empty = no authentication")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "SMTP password")
    String password() default "";

    @AttributeDefinition(description = "How the connection to the SMTP host is protected: starttls = STARTTLS required"
            + " (a server that offers none gets no letter: they wait and the log says why), ssl = TLS on connect (SMTPS,"
            + " usually port 465), none = no encryption (only for a relay on this machine or a trusted network). With"
            + " starttls and ssl the host name must match the server's certificate",
            options = {@Option(label = "STARTTLS required", value = "starttls"), @Option(label = "TLS on connect (SMTPS)", value = "ssl"),
                    @Option(label = "None (trusted network only)", value = "none")})
    String smtpSecurity() default "starttls";

    @AttributeDefinition(description = "Sender address of every letter")
    String from() default "Kabinet <noreply@kabinet.local>";

    @AttributeDefinition(description = "Folder for .eml files when no host is set; empty = <karaf.data>/mail")
    String mailFolder() default "";

    @AttributeDefinition(description = "Connect/read timeout in milliseconds")
    int timeoutMillis() default 10000;

    @AttributeDefinition(description = "How often the dispatcher looks for due letters, in milliseconds")
    long pollMillis() default 1000;

    @AttributeDefinition(description = "First retry delay in seconds; doubles up to retryCapSeconds")
    long retryFirstSeconds() default 30;

    @AttributeDefinition(description = "Longest retry delay in seconds")
    long retryCapSeconds() default 3600;

    @AttributeDefinition(description = "Attempts before a letter is marked failed")
    int maxAttempts() default 12;
}
