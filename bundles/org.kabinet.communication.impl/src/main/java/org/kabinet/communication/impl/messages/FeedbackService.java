package org.kabinet.communication.impl.messages;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.SmsRequest;

/**
 * The feedback form: a thread of kind FEEDBACK (topic OTHER, no account) in the staff inbox and a letter
 * to the company's mailbox. A signed-in tenant's form also shows among the tenant's messages. Limits: per
 * client address within an hour (in memory, per node: {@link ClientThrottle}), per contact a
 * calendar day and from everyone together an hour ({@code feedbackPerHour}; both from the table). A form whose honeypot is filled gets a plausible number and nothing
 * is stored or sent.
 */
public class FeedbackService implements Feedback {
    private static final Logger LOG = Logger.getLogger(FeedbackService.class.getName());
    static final int MAX_NAME = 100;
    /** Feedback forms stored an hour from everyone, unless configured. */
    public static final int DEFAULT_PER_HOUR = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_EMAIL = 254;
    /** A plain address: no spaces, angle brackets or quotes, one {@code @}, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"@,;]+@[^\\s<>\"@,;]+\\.[^\\s<>\"@,;.]{2,}");

    private final Threads threads;
    private final MessagesData data;
    private final MessageLetters letters;
    private final ClientThrottle perClient;
    private final int perContactPerDay;
    private final int perHour;

    public FeedbackService(Threads threads, MessageLetters letters, ClientThrottle perClient, int perContactPerDay) {
        this(threads, letters, perClient, perContactPerDay, DEFAULT_PER_HOUR);
    }

    /**
     * @param perHour feedback forms stored an hour from everyone together: rotating contacts and addresses
     *                cannot flood the inbox and the company's mailbox past it
     */
    public FeedbackService(Threads threads, MessageLetters letters, ClientThrottle perClient, int perContactPerDay, int perHour) {
        this.perHour = perHour;
        this.threads = threads;
        this.data = threads.data();
        this.letters = letters;
        this.perClient = perClient;
        this.perContactPerDay = perContactPerDay;
    }

    /** A contact as stored and shown, how it is compared for the limit, and what it is. */
    record Contact(String shown, String key, ContactKind kind) {
    }

    /** The contact the form gave: an e-mail address or a mobile phone; {@code communication.feedback.contact} otherwise. */
    static Contact contact(String typed) {
        String c = typed == null ? "" : typed.strip();
        if (c.length() <= MAX_EMAIL && EMAIL.matcher(c).matches() && !c.contains("..")) {
            return new Contact(c, c.toLowerCase(Locale.ROOT), ContactKind.EMAIL);
        }
        if (c.length() <= 30 && !c.contains("@")) {
            Optional<String> digits = SmsRequest.phoneDigits(c);
            if (digits.isPresent()) {
                String d = digits.get();
                return new Contact("+7 " + d.substring(0, 3) + " " + d.substring(3, 6) + "-" + d.substring(6, 8) + "-" + d.substring(8),
                        d, ContactKind.PHONE);
            }
        }
        throw new ValidationException("contact", "communication.feedback.contact");
    }

    @Override
    public String submit(FeedbackForm form) {
        if (form == null) {
            throw new ValidationException("name", "communication.feedback.name", MAX_NAME);
        }
        String name = MessageText.line(form.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ValidationException("name", "communication.feedback.name", MAX_NAME);
        }
        Contact contact = contact(form.contact());
        String text = MessageText.text(form.text(), MAX_TEXT, "text", "communication.feedback.text");
        if (!perClient.tryUse(form.client())) {
            throw new KabinetException(Failure.TOO_MANY, "communication.feedback.tooMany", null);
        }
        if (form.website() != null && !form.website().isBlank()) {
            LOG.fine("A feedback form with its honeypot filled was taken for a bot and dropped");
            return data.tx().inTransaction(() -> threads.numbers().peek());
        }
        String tenantId = form.tenantId() == null || form.tenantId().isBlank() ? null : form.tenantId();
        return data.tx().inTransaction(() -> {
            if (data.store().feedbackSince(data.now() - Duration.ofHours(1).toMillis()) >= perHour) {
                LOG.warning(() -> "The feedback form took " + perHour + " forms within the hour; more are refused for now");
                throw new KabinetException(Failure.TOO_MANY, "communication.feedback.tooMany", null);
            }
            if (data.store().feedbackSince(contact.key(), data.startOfToday()) >= perContactPerDay) {
                throw new KabinetException(Failure.TOO_MANY, "communication.feedback.tooMany", "contact");
            }
            long now = data.now();
            ThreadRecord thread = new ThreadRecord(UUID.randomUUID().toString(), threads.numbers().next(), ThreadKind.FEEDBACK, Topic.OTHER,
                    null, null, tenantId, name, contact.shown(), contact.kind(), contact.key(), MessageText.subject(text), now,
                    ThreadState.opened(now));
            data.store().insert(thread);
            PostRecord post = threads.post(thread.id(), AuthorKind.VISITOR, tenantId, name, text, false);
            threads.add(post, null, java.util.List.of());
            letters.toMailbox(thread, post, java.util.List.of(), true);
            return thread.number();
        });
    }
}
