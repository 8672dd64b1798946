package org.kabinet.communication.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.ValidationException;

/**
 * The JSON shapes of the communication module's REST resources and the parsing of what comes in.
 * Enums travel as their names ({@code CHARGES}, {@code URGENT}; case and dashes forgiven), instants as
 * ISO-8601 strings ({@code 2026-03-05T10:15:30Z}, as the rest of the API writes them: the API's JSON
 * has no Java-time module, so the answers carry strings). A value that is not one of the names is a 422
 * {@code communication.request.choice} naming the field, never Jackson's 400. Plain Java, unit-tested.
 */
final class CommunicationBodies {
    /** The inbox shows at most this many threads a call. */
    static final int MAX_LIMIT = 500;

    private CommunicationBodies() {
    }

    // ---- parsing ----------------------------------------------------------------------------------

    /** An enum constant by name, case and dashes forgiven ({@code in-progress} is IN_PROGRESS); null or blank is null. */
    static <E extends Enum<E>> E named(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "communication.request.choice", text.strip(), choices(type));
        }
    }

    /** Like {@link #named}, but leaving it out is a 422 {@code communication.request.missing} too. */
    static <E extends Enum<E>> E requiredNamed(Class<E> type, String text, String field) {
        E value = named(type, text, field);
        if (value == null) {
            throw new ValidationException(field, "communication.request.missing", choices(type));
        }
        return value;
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return String.join(", ", names);
    }

    /** An instant in ISO-8601, UTC ({@code …Z}) or with an offset ({@code …+05:00}); null or blank is null. */
    static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw new ValidationException(field, "communication.request.instant");
            }
        }
    }

    /** A yes/no filter: {@code true}, {@code false}, or left out (null). */
    static Boolean flag(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return Boolean.TRUE;
        }
        if (t.equals("false")) {
            return Boolean.FALSE;
        }
        throw new ValidationException(field, "communication.request.choice", text.strip(), "true, false");
    }

    /** How many threads: 0 (the API's default, 200) when left out, else 1 to {@link #MAX_LIMIT}. */
    static int limit(Integer limit) {
        return limit == null ? 0 : Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /**
     * {@code ?limit=} as typed: left out or blank is 0 (the default), a whole number is kept within 1 to
     * {@link #MAX_LIMIT}, anything else is a 422 {@code communication.request.choice} (not JAX-RS's 404).
     */
    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.strip();
        if (!t.matches("[+-]?\\d{1,9}")) {
            throw new ValidationException("limit", "communication.request.choice", t, "1–" + MAX_LIMIT);
        }
        return limit(Integer.valueOf(t));
    }

    /**
     * The ids of files to attach as sent: none when left out; a {@code null} in the list is a 422
     * {@code communication.attachments} (never {@code List.copyOf}'s NullPointerException, a 500).
     */
    static List<String> ids(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        for (String id : ids) {
            if (id == null) {
                throw new ValidationException("attachmentIds", "communication.attachments");
            }
        }
        return List.copyOf(ids);
    }

    /** Null for a blank text, else the text stripped. */
    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    // ---- what comes in ----------------------------------------------------------------------------

    /** A tenant's new message: {@code topic} one of CHARGES, READINGS, REPAIR, DOCUMENTS, OTHER. */
    record NewMessageBody(String accountId, String topic, String text, List<String> attachmentIds) {
        NewMessage toMessage() {
            return new NewMessage(trimmed(accountId), named(Topic.class, topic, "topic"), text, ids(attachmentIds));
        }
    }

    /** A tenant's reply. */
    record ReplyBody(String text, List<String> attachmentIds) {
        List<String> attachments() {
            return ids(attachmentIds);
        }
    }

    /** Staff's answer; {@code internal: true} makes it a note the tenant never sees. */
    record AnswerBody(String text, List<String> attachmentIds, Boolean internal) {
        List<String> attachments() {
            return ids(attachmentIds);
        }

        boolean isInternal() {
            return Boolean.TRUE.equals(internal);
        }
    }

    /** Whom a thread is assigned to: a staff member's name, or null (or blank) for nobody. */
    record AssigneeBody(String assignee) {
    }

    /** A thread's status by hand: NEW, IN_PROGRESS, ANSWERED or CLOSED. */
    record StatusBody(String status) {
    }

    /** The feedback form; {@code website} is the field people do not see (left empty by people). */
    record FeedbackBody(String name, String contact, String text, String website) {
    }

    /** An audience: {@code kind} EVERYONE, CITY ({@code cityId}), BUILDING ({@code cityId}, {@code building}) or ACCOUNTS. */
    record AudienceBody(String kind, String cityId, String building, List<String> accountNumbers) {
        static AudienceBody of(Audience a) {
            return a == null ? null : new AudienceBody(a.kind() == null ? null : a.kind().name(), a.cityId(), a.building(),
                    a.accountNumbers());
        }

        /** The audience; {@code within} names the body's field it came in ({@code audience.kind}), or null for a body of its own. */
        Audience toAudience(String within) {
            return new Audience(requiredNamed(AudienceKind.class, kind, within == null ? "kind" : within + ".kind"), trimmed(cityId),
                    trimmed(building),
                    accountNumbers);
        }
    }

    /**
     * An announcement as staff write it. {@code importance} NORMAL (when left out) or URGENT; {@code publishAt}
     * and {@code validUntil} ISO-8601 instants or left out; {@code attachmentId} from {@code POST admin/attachments}.
     */
    record DraftBody(String title, String html, AudienceBody audience, String importance, Boolean emergency, String publishAt,
                     String validUntil, String attachmentId) {
        AnnouncementDraft toDraft() {
            if (audience == null) {
                throw new ValidationException("audience", "communication.request.audience");
            }
            Audience whom = audience.toAudience("audience");
            Importance how = named(Importance.class, importance, "importance");
            return new AnnouncementDraft(title, html, whom, how == null ? Importance.NORMAL : how, Boolean.TRUE.equals(emergency),
                    instant(publishAt, "publishAt"), instant(validUntil, "validUntil"), trimmed(attachmentId));
        }
    }

    // ---- what goes out ----------------------------------------------------------------------------

    /** {@link ThreadSummary} with its instants as ISO-8601 strings. */
    record ThreadSummaryBody(String id, String number, String topic, String status, String accountId, String accountNumber,
                             String tenantId, String contactName, String contact, String subject, String assignee,
                             String createdAt, String updatedAt, boolean unread, int posts) {
        static ThreadSummaryBody of(ThreadSummary s) {
            return new ThreadSummaryBody(s.id(), s.number(), name(s.topic()), name(s.status()), s.accountId(), s.accountNumber(),
                    s.tenantId(), s.contactName(), s.contact(), s.subject(), s.assignee(), iso(s.createdAt()), iso(s.updatedAt()),
                    s.unread(), s.posts());
        }
    }

    /** {@link Post}; {@code at} as an ISO-8601 string. */
    record PostBody(String id, String author, String authorName, String text, String at, boolean internal,
                    List<AttachmentInfo> attachments) {
        static PostBody of(Post p) {
            return new PostBody(p.id(), name(p.author()), p.authorName(), p.text(), iso(p.at()), p.internal(), p.attachments());
        }
    }

    /** {@link ThreadDetails}: the summary and the posts, oldest first. */
    record ThreadDetailsBody(ThreadSummaryBody summary, List<PostBody> posts) {
        static ThreadDetailsBody of(ThreadDetails d) {
            return new ThreadDetailsBody(ThreadSummaryBody.of(d.summary()), d.posts().stream().map(PostBody::of).toList());
        }
    }

    /** What the tenant has not read yet: the two badges of the cabinet. */
    record UnreadBody(int messages, int announcements) {
    }

    /** The number a feedback's author quotes. */
    record NumberBody(String number) {
    }

    /** {@link TenantAnnouncement} with its instants as ISO-8601 strings. */
    record TenantAnnouncementBody(String id, String title, String html, String importance, String publishedAt, String validUntil,
                                  AttachmentInfo attachment, boolean read) {
        static TenantAnnouncementBody of(TenantAnnouncement a) {
            return new TenantAnnouncementBody(a.id(), a.title(), a.html(), name(a.importance()), iso(a.publishedAt()),
                    iso(a.validUntil()), a.attachment(), a.read());
        }
    }

    /** {@link Announcement} with its instants as ISO-8601 strings. */
    record AnnouncementBody(String id, String title, String html, AudienceBody audience, String importance, boolean emergency,
                            String state, String publishAt, String validUntil, AttachmentInfo attachment, String createdBy,
                            String createdAt, int recipients, int read, int emails, int sms) {
        static AnnouncementBody of(Announcement a) {
            return new AnnouncementBody(a.id(), a.title(), a.html(), AudienceBody.of(a.audience()), name(a.importance()), a.emergency(),
                    name(a.state()), iso(a.publishAt()), iso(a.validUntil()), a.attachment(), a.createdBy(), iso(a.createdAt()),
                    a.recipients(), a.read(), a.emails(), a.sms());
        }
    }

    /** {@link AnnouncementRecipient}; {@code readAt} as an ISO-8601 string or null. */
    record RecipientBody(String tenantId, String email, List<String> accountNumbers, boolean emailQueued, boolean smsQueued,
                         String readAt) {
        static RecipientBody of(AnnouncementRecipient r) {
            return new RecipientBody(r.tenantId(), r.email(), r.accountNumbers(), r.emailQueued(), r.smsQueued(), iso(r.readAt()));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
