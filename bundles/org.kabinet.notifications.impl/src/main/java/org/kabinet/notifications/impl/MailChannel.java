package org.kabinet.notifications.impl;

/** Delivers one composed letter: over SMTP or into an .eml file. */
public interface MailChannel {

    /**
     * @return a short description of where the letter went, for logs and the console
     * @throws DeliveryException when the letter could not be delivered now
     */
    String deliver(ComposedLetter letter) throws DeliveryException;
}
