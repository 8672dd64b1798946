package org.kabinet.communication.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.ErrorCatalog;

/** What the tests share: the console's two streams, the portal's zone, a catalog and a sample thread. */
final class Console {
    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    /** 25.11.2026 14:03 in Yekaterinburg (UTC+5). */
    static final Instant OPENED = Instant.parse("2026-11-25T09:03:00Z");
    static final Instant ANSWERED = Instant.parse("2026-11-26T04:12:00Z");
    static final ErrorCatalog CATALOG = (code, locale) -> code.equals("communication.thread.notFound")
            ? Optional.of(locale.getLanguage().equals("en") ? "No such thread" : "Такого обращения нет среди ваших") : Optional.empty();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    static ThreadSummary summary(String id, String number, ThreadStatus status, String accountNumber, String contactName, String contact,
                                 String assignee, boolean unread) {
        return new ThreadSummary(id, number, Topic.CHARGES, status, accountNumber == null ? null : "acc-" + id, accountNumber,
                accountNumber == null ? null : "tenant-" + id, contactName, contact, "Почему за воду начислено дважды", assignee, OPENED, ANSWERED,
                unread, 3);
    }

    static ThreadSummary withSubject(ThreadSummary t, String subject) {
        return new ThreadSummary(t.id(), t.number(), t.topic(), t.status(), t.accountId(), t.accountNumber(), t.tenantId(), t.contactName(),
                t.contact(), subject, t.assignee(), t.createdAt(), t.updatedAt(), t.unread(), t.posts());
    }

    /** A tenant's question with a photo, staff's internal note and the answer. */
    static ThreadDetails waterThread() {
        ThreadSummary summary = summary("t-42", "О-2026-00042", ThreadStatus.ANSWERED, "8600001", "ivanov@example.ru", "ivanov@example.ru",
                "ivanova", false);
        return new ThreadDetails(summary, List.of(
                new Post("p1", AuthorKind.TENANT, "ivanov@example.ru", "Почему за воду начислено дважды?\nКвитанция приложена.", OPENED, false,
                        List.of(new AttachmentInfo("a1", "квитанция.jpg", "image/jpeg", 2_516_582))),
                new Post("p2", AuthorKind.STAFF, "ivanova", "Проверить показания за октябрь", OPENED.plusSeconds(3600), true, List.of()),
                new Post("p3", AuthorKind.STAFF, "ivanova", "Начисление исправлено, перерасчёт в декабре.", ANSWERED, false, List.of())));
    }
}
