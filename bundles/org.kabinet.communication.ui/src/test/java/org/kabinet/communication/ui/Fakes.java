package org.kabinet.communication.ui;

import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.UI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.FooterContext;
import org.kabinet.ui.spi.PageContext;

/** Small hand-written fakes of the services and contexts the pages use, and a way to find a component by its id. */
final class Fakes {
    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final Instant NOW = Instant.parse("2026-11-25T09:03:00Z"); // 14:03 in Yekaterinburg
    static final PortalTime TIME = () -> Clock.fixed(NOW, ZONE);
    static final AttachmentInfo PHOTO = new AttachmentInfo("f1", "leak.jpg", "image/jpeg", 1_258_291);

    private Fakes() {
    }

    /** A UI for the current thread, so field errors (which run a script) and dialogs work outside a browser. */
    static UI ui() {
        UI ui = new UI() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void init(VaadinRequest request) {
            }
        };
        UI.setCurrent(ui);
        return ui;
    }

    static <T extends Component> T find(Component root, String id, Class<T> type) {
        return findOptional(root, id, type).orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    static <T extends Component> Optional<T> findOptional(Component root, String id, Class<T> type) {
        if (id.equals(root.getId()) && type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        if (root instanceof HasComponents parent) {
            for (Component child : parent) {
                Optional<T> found = findOptional(child, id, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (root instanceof UI ui) {
            for (Component window : ui.getWindows()) {
                Optional<T> found = findOptional(window, id, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static ThreadSummary summary(String id, String number, ThreadStatus status, boolean unread) {
        return new ThreadSummary(id, number, Topic.REPAIR, status, "a1", "8600001", "t1", "ivanov@example.ru", "ivanov@example.ru",
                "Течёт кран на кухне", null, NOW, NOW, unread, 2);
    }

    static PageContext tenant() {
        return new PageContext() {
            @Override
            public String tenantId() {
                return "t1";
            }

            @Override
            public String email() {
                return "ivanov@example.ru";
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("ru");
            }

            @Override
            public String sessionToken() {
                return "s";
            }

            @Override
            public String errorText(KabinetException error) {
                return "ошибка " + error.code();
            }
        };
    }

    static AdminContext staff() {
        return new AdminContext() {
            @Override
            public String staffName() {
                return "Иванова";
            }

            @Override
            public Set<String> roles() {
                return Set.of("manager");
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("ru");
            }

            @Override
            public String errorText(KabinetException error) {
                return "ошибка " + error.code();
            }
        };
    }

    static FooterContext visitor(String tenantId, String email) {
        return new FooterContext() {
            @Override
            public Locale locale() {
                return Locale.forLanguageTag("ru");
            }

            @Override
            public Optional<String> tenantId() {
                return Optional.ofNullable(tenantId);
            }

            @Override
            public Optional<String> email() {
                return Optional.ofNullable(email);
            }

            @Override
            public String clientAddress() {
                return "203.0.113.7";
            }

            @Override
            public String errorText(KabinetException error) {
                return "ошибка " + error.code();
            }
        };
    }

    /** The tenant's side: two threads, the first with an unread answer; what the page asked is recorded. */
    static final class Threads implements TenantMessages {
        final List<ThreadSummary> threads = new ArrayList<>(List.of(
                summary("th1", "О-2026-00042", ThreadStatus.ANSWERED, true),
                summary("th2", "О-2026-00041", ThreadStatus.CLOSED, false)));
        final List<String> opened = new ArrayList<>();
        final List<NewMessage> written = new ArrayList<>();
        final List<String> replies = new ArrayList<>();

        @Override
        public List<ThreadSummary> threads(String tenantId) {
            return threads;
        }

        @Override
        public int unread(String tenantId) {
            return (int) threads.stream().filter(ThreadSummary::unread).count();
        }

        @Override
        public AttachmentInfo upload(String tenantId, String fileName, byte[] content) {
            return new AttachmentInfo("u" + content.length, fileName, "image/jpeg", content.length);
        }

        @Override
        public ThreadDetails write(String tenantId, NewMessage message) {
            written.add(message);
            ThreadSummary created = summary("th3", "О-2026-00043", ThreadStatus.NEW, false);
            threads.add(0, created);
            return new ThreadDetails(created, List.of());
        }

        @Override
        public ThreadDetails thread(String tenantId, String threadId) {
            opened.add(threadId);
            ThreadSummary summary = threads.stream().filter(t -> t.id().equals(threadId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("communication.thread.notFound"));
            return new ThreadDetails(summary, List.of(
                    new Post("p1", AuthorKind.TENANT, "ivanov@example.ru", "Течёт кран на кухне", NOW, false, List.of(PHOTO)),
                    new Post("p2", AuthorKind.STAFF, "Петрова", "Сантехник придёт завтра с 9 до 12.", NOW, false, List.of())));
        }

        @Override
        public ThreadDetails reply(String tenantId, String threadId, String text, List<String> attachmentIds) {
            replies.add(text);
            return thread(tenantId, threadId);
        }

        @Override
        public ThreadDetails close(String tenantId, String threadId) {
            return thread(tenantId, threadId);
        }

        @Override
        public AttachmentContent attachment(String tenantId, String attachmentId) {
            return new AttachmentContent(PHOTO, new byte[] {1, 2, 3});
        }
    }

    static final class Announcements implements TenantAnnouncements {
        final List<String> marked = new ArrayList<>();
        final List<TenantAnnouncement> current = List.of(
                new TenantAnnouncement("an1", "Отключение воды", "<p>Завтра с <b>10:00</b> до 14:00.</p>",
                        org.kabinet.communication.api.Importance.URGENT, NOW, NOW.plusSeconds(86_400), PHOTO, false),
                new TenantAnnouncement("an2", "Собрание", "<p>В субботу.</p>", org.kabinet.communication.api.Importance.NORMAL, NOW,
                        NOW.plusSeconds(86_400), null, true));

        @Override
        public List<TenantAnnouncement> current(String tenantId) {
            return current;
        }

        @Override
        public int unread(String tenantId) {
            return 1 - Math.min(1, marked.size());
        }

        @Override
        public TenantAnnouncement markRead(String tenantId, String announcementId) {
            marked.add(announcementId);
            return current.get(0);
        }

        @Override
        public AttachmentContent attachment(String tenantId, String announcementId) {
            return new AttachmentContent(PHOTO, new byte[] {1});
        }
    }

    static final class Inbox implements MessageAdministration {
        final List<InboxFilter> filters = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        final List<String> assigned = new ArrayList<>();
        ThreadSummary feedback = new ThreadSummary("th9", "О-2026-00050", Topic.OTHER, ThreadStatus.NEW, null, null, null, "Пётр",
                "+7 912 345-67-89", "Шумят соседи", null, NOW, NOW, true, 1);

        @Override
        public List<ThreadSummary> inbox(InboxFilter filter) {
            filters.add(filter);
            return List.of(feedback, summary("th1", "О-2026-00042", ThreadStatus.ANSWERED, false));
        }

        @Override
        public InboxCounts counts() {
            return new InboxCounts(1, 0, 1, 0, 1);
        }

        @Override
        public ThreadDetails thread(String threadId) {
            return new ThreadDetails(feedback, List.of(
                    new Post("p1", AuthorKind.VISITOR, "Пётр", "Шумят соседи", NOW, false, List.of()),
                    new Post("p2", AuthorKind.STAFF, "Иванова", "Позвонить вечером", NOW, true, List.of(PHOTO))));
        }

        @Override
        public AttachmentInfo upload(String staffName, String fileName, byte[] content) {
            return new AttachmentInfo("s1", fileName, "application/pdf", content.length);
        }

        @Override
        public ThreadDetails answer(String staffName, String threadId, String text, List<String> attachmentIds, boolean internal) {
            answers.add((internal ? "note:" : "answer:") + text);
            return thread(threadId);
        }

        @Override
        public ThreadDetails assign(String staffName, String threadId, String assignee) {
            assigned.add(staffName + "->" + assignee);
            return thread(threadId);
        }

        @Override
        public ThreadDetails setStatus(String staffName, String threadId, ThreadStatus status) {
            return thread(threadId);
        }

        @Override
        public AttachmentContent attachment(String attachmentId) {
            return new AttachmentContent(PHOTO, new byte[] {1});
        }
    }

    static final class Board implements AnnouncementAdministration {
        final List<AnnouncementDraft> created = new ArrayList<>();
        final List<Audience> sized = new ArrayList<>();

        @Override
        public List<Announcement> announcements() {
            return created.stream().map(d -> announcement(d)).toList();
        }

        private static Announcement announcement(AnnouncementDraft d) {
            return new Announcement("an1", d.title(), d.html(), d.audience(), d.importance(), d.emergency(), AnnouncementState.PUBLISHED, NOW,
                    d.validUntil(), null, "Иванова", NOW, 9, 0, 7, 4);
        }

        @Override
        public Announcement announcement(String id) {
            return announcements().get(0);
        }

        @Override
        public Announcement create(String staffName, AnnouncementDraft draft) {
            created.add(draft);
            return announcement(draft);
        }

        @Override
        public Announcement update(String staffName, String id, AnnouncementDraft draft) {
            return announcement(draft);
        }

        @Override
        public Announcement withdraw(String staffName, String id) {
            return announcement(id);
        }

        @Override
        public AudienceSize audienceSize(Audience audience) {
            sized.add(audience);
            return new AudienceSize(12, 9, 4);
        }

        @Override
        public List<AnnouncementRecipient> recipients(String id) {
            return List.of(new AnnouncementRecipient("t1", "ivanov@example.ru", List.of("8600001"), true, true, null));
        }

        @Override
        public int publishDue() {
            return 0;
        }
    }

    static final class FeedbackBox implements Feedback {
        final List<FeedbackForm> forms = new ArrayList<>();

        @Override
        public String submit(FeedbackForm form) {
            forms.add(form);
            return "О-2026-00051";
        }
    }
}
