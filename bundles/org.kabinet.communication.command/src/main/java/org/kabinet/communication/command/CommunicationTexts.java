package org.kabinet.communication.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;

/**
 * How the communication commands say things. The console's own sentences are English like the other
 * kabinet commands; the values staff read (statuses, topics, dates, sizes) and the API's errors are the
 * portal's Russian, the same words as in {@code /admin}.
 */
final class CommunicationTexts {
    static final String NONE = "—";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Locale RUSSIAN = ErrorTexts.RUSSIAN;

    private CommunicationTexts() {
    }

    /** The API's error in English, as the other modules' commands print theirs, from the installed catalogs. */
    static String error(List<ErrorCatalog> catalogs, KabinetException e) {
        return new ErrorTexts(() -> catalogs == null ? List.of() : catalogs).of(e, Locale.ENGLISH);
    }

    /** «25.11.2026 14:03» in the portal's zone; «—» for none. */
    static String when(Instant at, ZoneId zone) {
        return at == null ? NONE : WHEN.format(at.atZone(zone));
    }

    /** «Новое», «В работе», «Ответ дан», «Закрыто». */
    static String status(ThreadStatus status) {
        return status == null ? NONE : capitalized(status.russian());
    }

    static String topic(Topic topic) {
        return topic == null ? NONE : topic.russian();
    }

    /** «обычное», «срочное», «срочное, аварийное». */
    static String importance(Importance importance, boolean emergency) {
        if (importance == null) {
            return NONE;
        }
        return importance == Importance.URGENT && emergency ? importance.russian() + ", аварийное" : importance.russian();
    }

    static String state(AnnouncementState state) {
        if (state == null) {
            return NONE;
        }
        return switch (state) {
            case SCHEDULED -> "Запланировано";
            case PUBLISHED -> "Опубликовано";
            case EXPIRED -> "Истёк срок";
            case WITHDRAWN -> "Снято с публикации";
        };
    }

    /** «всем», «городу surgut», «дому: surgut, ул. Мира, д. 5», «списку счетов (12)»; cities by their id. */
    static String audience(Audience audience) {
        if (audience == null || audience.kind() == null) {
            return NONE;
        }
        return switch (audience.kind()) {
            case EVERYONE -> "всем";
            case CITY -> "городу " + audience.cityId();
            case BUILDING -> "дому: " + audience.cityId() + ", " + audience.building();
            case ACCOUNTS -> "списку счетов (" + audience.accountNumbers().size() + ")";
        };
    }

    /** «512 Б», «340 КБ», «1,2 МБ»: as a file manager says it. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " КБ";
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return mb.toPlainString().replace('.', ',') + " МБ";
    }

    /** The author as staff see them: the name, and the contact when it says more («Пётр · +79123456789»). */
    static String from(ThreadSummary t) {
        String name = orEmpty(t.contactName());
        String contact = orEmpty(t.contact());
        if (contact.isBlank() || contact.equalsIgnoreCase(name)) {
            return name.isBlank() ? NONE : name;
        }
        return name.isBlank() ? contact : name + " · " + contact;
    }

    /** The account's number, «обратная связь» for a form from someone signed out, «—» for a general message. */
    static String account(ThreadSummary t) {
        if (t.accountNumber() != null && !t.accountNumber().isBlank()) {
            return t.accountNumber();
        }
        return t.tenantId() == null ? "обратная связь" : NONE;
    }

    static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(RUSSIAN) + text.substring(1);
    }

    /**
     * The staff member an answer is signed with: the user Karaf signed in (the JAAS subject the command
     * runs as; over SSH also the session's USER), or «console» when neither is known.
     */
    @SuppressWarnings("removal")
    static String consoleUser(org.apache.karaf.shell.api.console.Session session) {
        javax.security.auth.Subject subject = javax.security.auth.Subject.getSubject(java.security.AccessController.getContext());
        if (subject != null) {
            for (java.security.Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return p.getName();
                }
            }
        }
        Object user = session == null ? null : session.get("USER");
        return user == null || user.toString().isBlank() ? "console" : user.toString();
    }
}
