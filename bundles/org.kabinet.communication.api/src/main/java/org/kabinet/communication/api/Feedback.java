package org.kabinet.communication.api;

import org.osgi.annotation.versioning.ProviderType;

/** The feedback form, open to anyone. */
@ProviderType
public interface Feedback {
    /**
     * Takes the form: a new thread without an account, topic OTHER, in the staff inbox, and an e-mail to
     * the company's mailbox. A form whose honeypot is filled is answered the same and stores nothing.
     *
     * @return the thread's number to quote (also for a bot's form: a number that was never stored)
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.feedback.name},
     *         {@code communication.feedback.contact}, {@code communication.feedback.text}
     * @throws org.kabinet.kernel.error.KabinetException TOO_MANY {@code communication.feedback.tooMany} past the
     *         limit per client address or per contact
     */
    String submit(FeedbackForm form);
}
