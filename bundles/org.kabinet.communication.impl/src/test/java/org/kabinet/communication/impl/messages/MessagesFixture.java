package org.kabinet.communication.impl.messages;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.impl.files.FileAttachments;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore;
import org.kabinet.communication.impl.messages.osgi.MessagesDataComponent;
import org.kabinet.notifications.api.BankDetails;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

/**
 * The messages services over the real persistence unit on in-memory Derby and files in a temporary
 * folder, with the other modules faked: two tenants with their accounts, the company, the outbox that
 * keeps what was queued, notification settings that are on until a test switches one off.
 */
final class MessagesFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final String ANNA = "tenant-anna";
    static final String BORIS = "tenant-boris";
    static final String MAILBOX = "obrasheniya@uk.example";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T05:00:00Z"));
    final LocalJpa jpa;
    final MessagesData data;
    final FileAttachments files;
    final FakeAccounts accounts = new FakeAccounts();
    final FakeTenants tenants = new FakeTenants();
    final FakeSettings settings = new FakeSettings();
    final FakeOutbox outbox = new FakeOutbox();
    final FakeCompany company = new FakeCompany();
    final Threads threads;
    final TenantMessageService tenant;
    final MessageInbox staff;
    final FeedbackService feedback;

    MessagesFixture(Path folder) throws Exception {
        this(folder, MAILBOX, 20);
    }

    MessagesFixture(Path folder, String mailbox, int messagesPerDay) throws Exception {
        jpa = new LocalJpa("kabinet-messages", SchemaMigrations.of("msg", getClass().getClassLoader(), "db/messages",
                MessagesDataComponent.MIGRATIONS));
        data = new MessagesData(jpa, jpa, clock, ZONE);
        files = new FileAttachments(new JpaAttachmentStore(jpa), jpa, folder, clock, ZONE, 50);
        threads = new Threads(data, files);
        MessageLetters letters = new MessageLetters(outbox, company, mailbox);
        tenant = new TenantMessageService(threads, files, accounts, tenants, letters, messagesPerDay);
        staff = new MessageInbox(threads, files, letters, new AnswerRecipients(accounts, tenants, settings));
        feedback = new FeedbackService(threads, letters, new ClientThrottle(5, Duration.ofHours(1), clock), 3);
        tenants.add(ANNA, "anna@example.ru");
        tenants.add(BORIS, "boris@example.ru");
        accounts.link(ANNA, "acc-1", "8600001");
        accounts.link(ANNA, "acc-3", "8600003");
        accounts.link(BORIS, "acc-2", "8600002");
    }

    /** Moves the clock forward. */
    void later(Duration by) {
        clock.advance(by);
    }

    /** Moves the clock forward to that local time in the portal's zone. */
    void at(String localDateTime) {
        Instant target = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    }

    static byte[] pdf() {
        return "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Letters queued to this address, in order. */
    List<EmailMessage> lettersTo(String to) {
        return outbox.letters.values().stream().filter(l -> l.to().equals(to)).toList();
    }

    @Override
    public void close() {
        jpa.close();
    }

    static final class FakeAccounts implements TenantAccounts {
        final Map<String, List<LinkedAccount>> linked = new HashMap<>();

        void link(String tenantId, String accountId, String number) {
            join(tenantId, accountId, number, AccountAccess.HOLDER);
        }

        /** The tenant reaches the account as a household member with that role (or as its holder). */
        void join(String tenantId, String accountId, String number, AccountAccess access) {
            linked.computeIfAbsent(tenantId, k -> new ArrayList<>()).add(new LinkedAccount(accountId, number,
                    new City("khanty-mansiysk", "Ханты-Мансийск"), AccountKind.UTILITIES, "ул. Мира, д. 5, кв. 1",
                    new BigDecimal("42.0"), 2, AccountStatus.OPEN, Instant.parse("2026-01-01T00:00:00Z"), access,
                    access == AccountAccess.HOLDER ? null : "Анна"));
        }

        @Override
        public List<City> cities() {
            return List.of(new City("khanty-mansiysk", "Ханты-Мансийск"));
        }

        @Override
        public List<LinkedAccount> linked(String tenantId) {
            return List.copyOf(linked.getOrDefault(tenantId, List.of()));
        }

        @Override
        public LinkedAccount linkedAccount(String tenantId, String accountId) {
            return linked(tenantId).stream().filter(a -> a.id().equals(accountId)).findFirst().orElseThrow(NotFoundException::new);
        }

        @Override
        public LinkedAccount link(String tenantId, LinkRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unlink(String tenantId, String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> phone(String tenantId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> verifiedPhone(String tenantId) {
            return Optional.empty();
        }

        @Override
        public Optional<PhoneStatus> phoneStatus(String tenantId) {
            return Optional.empty();
        }

        @Override
        public PhoneStatus requestPhoneVerification(String tenantId, String phone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PhoneStatus verifyPhone(String tenantId, String code) {
            throw new UnsupportedOperationException();
        }
    }

    static final class FakeTenants implements TenantDirectory {
        final Map<String, Tenant> tenants = new LinkedHashMap<>();

        void add(String id, String email) {
            tenants.put(id, new Tenant(id, email, true, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), ""));
        }

        @Override
        public List<Tenant> list() {
            return List.copyOf(tenants.values());
        }

        @Override
        public Optional<Tenant> find(String id) {
            return Optional.ofNullable(tenants.get(id));
        }
    }

    /** Everything on until switched off. */
    static final class FakeSettings implements NotificationSettings {
        final Set<String> off = new HashSet<>();

        void switchOff(String tenantId, String accountId) {
            off.add(tenantId + ":" + accountId);
        }

        @Override
        public List<NotificationSetting> settings(String tenantId, Collection<String> accountIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void set(String tenantId, String accountId, NotificationKind kind, boolean on) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOn(String tenantId, String accountId, NotificationKind kind) {
            return kind != NotificationKind.MESSAGE_ANSWER_EMAIL || !off.contains(tenantId + ":" + accountId);
        }

        @Override
        public Set<String> switchedOff(NotificationKind kind) {
            return kind == NotificationKind.MESSAGE_ANSWER_EMAIL ? Set.copyOf(off) : Set.of();
        }

        @Override
        public String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind) {
            return "https://lk.example/unsubscribe/" + tenantId + "/" + accountId + "/" + kind;
        }

        @Override
        public Optional<NotificationSetting> unsubscribe(String token) {
            return Optional.empty();
        }
    }

    /** Keeps what was queued; a key is queued once, as in the real outbox. */
    static final class FakeOutbox implements Outbox {
        final Map<String, EmailMessage> letters = new LinkedHashMap<>();

        @Override
        public boolean enqueue(EmailMessage message) {
            return letters.putIfAbsent(message.idempotencyKey(), message) == null;
        }

        @Override
        public boolean enqueueSms(SmsRequest message) {
            throw new UnsupportedOperationException("messages send no SMS");
        }

        @Override
        public Set<String> enqueueAllSms(List<SmsRequest> messages) {
            throw new UnsupportedOperationException("messages send no SMS");
        }
    }

    static final class FakeCompany implements Company {
        String email = "info@uk.example";

        @Override
        public CompanyProfile profile() {
            return new CompanyProfile("УК «Уют»", "+7 3467 00-00-00", email, "ул. Мира, 1", "https://lk.example/");
        }

        @Override
        public BankDetails bankDetails() {
            throw new UnsupportedOperationException();
        }
    }
}
