package org.kabinet.communication.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;

/** How the communication pages say things: dates, statuses, topics, sizes, audiences, authors — human values, not enums. */
final class CommunicationTexts {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CommunicationTexts() {
    }

    /** «25.11.2026 14:03» in the portal's zone; «—» for none. */
    static String when(Instant at, ZoneId zone) {
        return at == null ? "—" : WHEN.format(at.atZone(zone));
    }

    /** «25.11.2026» in the portal's zone; «—» for none. */
    static String day(Instant at, ZoneId zone) {
        return at == null ? "—" : DAY.format(at.atZone(zone));
    }

    static String status(ThreadStatus status, Messages m) {
        return m.get("status." + status.name());
    }

    static String topic(Topic topic, Messages m) {
        return topic == null ? "—" : m.get("topic." + topic.name());
    }

    /** «срочное», «срочное, аварийное», «обычное». */
    static String importance(Importance importance, boolean emergency, Messages m) {
        String text = m.get("importance." + importance.name());
        return emergency && importance == Importance.URGENT ? m.get("importance.emergencyToo", text) : text;
    }

    static String state(AnnouncementState state, Messages m) {
        return m.get("state." + state.name());
    }

    /** «340 КБ», «1,2 МБ»: as a file manager says it. */
    static String size(long bytes, Messages m) {
        if (bytes < 1024) {
            return m.get("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return m.get("size.kb", (bytes + 1023) / 1024);
        }
        NumberFormat format = NumberFormat.getNumberInstance(m.locale());
        format.setMaximumFractionDigits(1);
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP);
        return m.get("size.mb", format.format(mb));
    }

    /** «счетов: 12, жильцов: 9, с подтверждённым телефоном: 4». */
    static String audienceSize(AudienceSize size, Messages m) {
        return m.get("audience.size", size.accounts(), size.tenants(), size.withPhone());
    }

    /** «всем», «городу Сургут», «дому: Сургут, ул. Мира, д. 5», «счетам (12)». */
    static String audience(Audience audience, Function<String, String> cityName, Messages m) {
        if (audience == null || audience.kind() == null) {
            return "—";
        }
        return switch (audience.kind()) {
            case EVERYONE -> m.get("audience.everyone");
            case CITY -> m.get("audience.cityOf", cityName.apply(audience.cityId()));
            case BUILDING -> m.get("audience.buildingOf", cityName.apply(audience.cityId()), audience.building());
            case ACCOUNTS -> m.get("audience.accountsOf", audience.accountNumbers().size());
        };
    }

    /** «№ 8600001 · Сургут, ул. Мира, д. 5, кв. 1». */
    static String account(LinkedAccount account) {
        return "№ " + account.number() + " · " + account.city().name() + ", " + account.address();
    }

    /** A thread's number as part of an element id: {@code О-2026-00042} gives {@code 2026-00042}. */
    static String numberId(String number) {
        String id = number == null ? "" : number.replaceAll("[^0-9A-Za-z-]", "").replaceAll("^-+", "");
        return id.isEmpty() ? "x" : id;
    }

    /** «120 / 5000». */
    static String counter(int length, int max, Messages m) {
        return m.get("counter", length, max);
    }

    /**
     * Who wrote a post, as the reader sees it: for the tenant «Вы» or «Управляющая компания · Иванова»; for
     * staff «Жилец · ivanov@example.ru», «Обратная связь · Пётр», «Иванова», «Заметка · Иванова».
     */
    static String author(Post post, boolean staffView, Messages m) {
        String name = post.authorName() == null ? "" : post.authorName();
        if (!staffView) {
            if (post.author() != AuthorKind.STAFF) {
                return m.get("post.you");
            }
            return name.isBlank() ? m.get("post.company") : m.get("post.companyNamed", name);
        }
        if (post.internal()) {
            return m.get("post.note", name);
        }
        return switch (post.author()) {
            case TENANT -> m.get("post.tenant", name);
            case VISITOR -> m.get("post.visitor", name);
            case STAFF -> name;
        };
    }

    /** «Счёт 8600001», or «Без лицевого счёта» / «Обратная связь» for a thread without one. */
    static String threadAccount(ThreadSummary thread, Messages m) {
        if (thread.accountNumber() != null && !thread.accountNumber().isBlank()) {
            return m.get("thread.account", thread.accountNumber());
        }
        return thread.tenantId() == null ? m.get("thread.feedback") : m.get("thread.noAccount");
    }

    /** Where a contact answers: {@code mailto:} for an e-mail, {@code tel:} for a phone number. */
    static String contactUrl(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        String c = contact.strip();
        if (c.contains("@")) {
            return "mailto:" + c;
        }
        String digits = c.replaceAll("[^+0-9]", "");
        return digits.isEmpty() ? null : "tel:" + digits;
    }

    /** The last part of an error code ({@code communication.feedback.contact} gives {@code contact}). */
    static String codeTail(String code) {
        if (code == null) {
            return "";
        }
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }
}
