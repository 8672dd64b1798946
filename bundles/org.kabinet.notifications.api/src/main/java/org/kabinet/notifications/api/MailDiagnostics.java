package org.kabinet.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/** Lets an administrator check the e-mail channel from the console. */
@ProviderType
public interface MailDiagnostics {

    /**
     * Sends a test letter right away, bypassing the queue.
     *
     * @return where the letter went: the SMTP server or the .eml file
     * @throws IllegalStateException with the channel's error when sending failed
     */
    String sendTestLetter(String to);
}
