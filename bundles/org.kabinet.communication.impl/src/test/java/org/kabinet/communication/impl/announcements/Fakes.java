package org.kabinet.communication.impl.announcements;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.BankDetails;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

/** Small hand-written stand-ins for the services of other modules announcements use. */
final class Fakes {
    private Fakes() {
    }

    /** Cities, accounts and who linked them: the accounts module's three faces over one set of maps. */
    static final class FakeAccounts implements AccountAdministration, AccountHolders, TenantAccounts {
        final Map<String, City> cities = new LinkedHashMap<>();
        final Map<String, Account> accounts = new LinkedHashMap<>();
        /** account id → tenant ids, in linking order. */
        final Map<String, List<String>> links = new LinkedHashMap<>();
        final Map<String, String> verifiedPhones = new HashMap<>();
        int accountListings;

        void city(String id, String name) {
            cities.put(id, new City(id, name));
        }

        Account account(String id, String number, String cityId, String address) {
            Account a = new Account(id, number, cities.get(cityId), AccountKind.UTILITIES, address, BigDecimal.TEN, 1,
                    AccountStatus.OPEN, 0, null);
            accounts.put(id, a);
            return a;
        }

        void close(String id) {
            Account a = accounts.get(id);
            accounts.put(id, new Account(a.id(), a.number(), a.city(), a.kind(), a.address(), a.areaM2(), a.residents(),
                    AccountStatus.CLOSED, a.linkedTenants(), a.codeExpiresAt()));
        }

        void move(String id, String address) {
            Account a = accounts.get(id);
            accounts.put(id, new Account(a.id(), a.number(), a.city(), a.kind(), address, a.areaM2(), a.residents(),
                    a.status(), a.linkedTenants(), a.codeExpiresAt()));
        }

        void link(String tenantId, String accountId) {
            links.computeIfAbsent(accountId, k -> new ArrayList<>()).add(tenantId);
        }

        void unlinkAll(String tenantId) {
            links.values().forEach(l -> l.remove(tenantId));
        }

        @Override
        public List<City> cities() {
            return List.copyOf(cities.values());
        }

        @Override
        public List<Account> accounts(AccountFilter filter) {
            accountListings++;
            return accounts.values().stream().filter(a -> filter.status() == null || a.status() == filter.status())
                    .filter(a -> filter.cityId() == null || a.city().id().equals(filter.cityId())).toList();
        }

        @Override
        public List<AccountHolder> holders(String accountId) {
            return links.getOrDefault(accountId, List.of()).stream()
                    .map(t -> new AccountHolder(accountId, t, verifiedPhones.get(t))).toList();
        }

        @Override
        public List<AccountHolder> allHolders() {
            return links.keySet().stream().flatMap(a -> holders(a).stream()).toList();
        }

        @Override
        public Map<String, String> openAccountNumbers() {
            Map<String, String> numbers = new HashMap<>();
            accounts.values().stream().filter(a -> a.status() == AccountStatus.OPEN).forEach(a -> numbers.put(a.id(), a.number()));
            return numbers;
        }

        @Override
        public List<LinkedAccount> linked(String tenantId) {
            return links.entrySet().stream().filter(e -> e.getValue().contains(tenantId)).map(e -> accounts.get(e.getKey()))
                    .map(a -> new LinkedAccount(a.id(), a.number(), a.city(), a.kind(), a.address(), a.areaM2(), a.residents(),
                            a.status(), Instant.EPOCH)).toList();
        }

        @Override
        public Optional<String> verifiedPhone(String tenantId) {
            return Optional.ofNullable(verifiedPhones.get(tenantId));
        }

        @Override
        public City addCity(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Account account(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Account create(AccountData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Account update(String id, AccountData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importCsv(Reader csv, IntConsumer progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IssuedCode issueCode(String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<IssuedCode> issueCodes(String cityId, String addressPrefix) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEvent> audit(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LinkedAccount linkedAccount(String tenantId, String accountId) {
            throw new UnsupportedOperationException();
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
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PhoneStatus> phoneStatus(String tenantId) {
            throw new UnsupportedOperationException();
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

        void add(String id, String email, boolean confirmed) {
            tenants.put(id, new Tenant(id, email, confirmed, Instant.EPOCH, confirmed ? Instant.EPOCH : null, ""));
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

    static final class FakeSettings implements NotificationSettings {
        final Set<String> off = new HashSet<>();

        @Override
        public Set<String> switchedOff(NotificationKind kind) {
            return kind == NotificationKind.ANNOUNCEMENT_EMAIL ? Set.copyOf(off) : Set.of();
        }

        @Override
        public String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind) {
            return "https://kabinet.example/unsubscribe/" + tenantId + "/" + accountId + "/" + kind;
        }

        @Override
        public boolean isOn(String tenantId, String accountId, NotificationKind kind) {
            return !(kind == NotificationKind.ANNOUNCEMENT_EMAIL && off.contains(tenantId + ":" + accountId));
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
        public Optional<NotificationSetting> unsubscribe(String token) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records what was queued; a key is queued once, as in the real outbox. */
    static final class RecordingOutbox implements Outbox {
        final List<EmailMessage> emails = new ArrayList<>();
        final List<SmsRequest> sms = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        int smsBatches;
        int largestSmsBatch;
        /** When set, the outbox fails once as this many e-mails have been queued (a crash mid-publication). */
        int failAtEmails = -1;

        @Override
        public boolean enqueue(EmailMessage message) {
            if (failAtEmails >= 0 && emails.size() == failAtEmails) {
                failAtEmails = -1;
                throw new IllegalStateException("the outbox is down");
            }
            if (!keys.add(message.idempotencyKey())) {
                return false;
            }
            emails.add(message);
            return true;
        }

        @Override
        public boolean enqueueSms(SmsRequest message) {
            if (!keys.add(message.idempotencyKey())) {
                return false;
            }
            sms.add(message);
            return true;
        }

        @Override
        public Set<String> enqueueAllSms(List<SmsRequest> messages) {
            smsBatches++;
            largestSmsBatch = Math.max(largestSmsBatch, messages.size());
            Set<String> queued = new HashSet<>();
            for (SmsRequest m : messages) {
                if (enqueueSms(m)) {
                    queued.add(m.idempotencyKey());
                }
            }
            return queued;
        }

        List<String> emailTo() {
            return emails.stream().map(EmailMessage::to).sorted().toList();
        }

        List<String> smsTo() {
            return sms.stream().map(SmsRequest::phone).sorted().toList();
        }
    }

    static final class FakeCompany implements Company {
        @Override
        public CompanyProfile profile() {
            return new CompanyProfile("УК Жилище", "+7 3467 00-00-00", "uk@example.org", "Ханты-Мансийск", "https://kabinet.example/");
        }

        @Override
        public BankDetails bankDetails() {
            throw new UnsupportedOperationException();
        }
    }

    /** Files by id, with their owner and target; attach follows the store's rules. */
    static final class FakeAttachments implements Attachments {
        final Map<String, AttachmentInfo> files = new LinkedHashMap<>();
        final Map<String, String> owners = new HashMap<>();
        final Map<String, String> targets = new HashMap<>();

        AttachmentInfo add(String id, String owner, String name) {
            AttachmentInfo info = new AttachmentInfo(id, name, "application/pdf", 4);
            files.put(id, info);
            owners.put(id, owner);
            return info;
        }

        @Override
        public AttachmentInfo store(String owner, String fileName, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AttachmentInfo> info(String attachmentId) {
            return Optional.ofNullable(files.get(attachmentId));
        }

        @Override
        public Optional<String> owner(String attachmentId) {
            return Optional.ofNullable(owners.get(attachmentId));
        }

        @Override
        public AttachmentInfo attach(String owner, String attachmentId, String target) {
            if (!files.containsKey(attachmentId) || !owner.equals(owners.get(attachmentId)) || targets.containsKey(attachmentId)) {
                throw new ValidationException("attachments", "communication.attachments");
            }
            targets.put(attachmentId, target);
            return files.get(attachmentId);
        }

        @Override
        public boolean detach(String attachmentId, String target) {
            return target != null && targets.remove(attachmentId, target);
        }

        @Override
        public Optional<String> target(String attachmentId) {
            return Optional.ofNullable(targets.get(attachmentId));
        }

        @Override
        public Optional<AttachmentContent> content(String attachmentId) {
            return info(attachmentId).map(i -> new AttachmentContent(i, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }

        @Override
        public int deleteAbandoned() {
            return 0;
        }
    }
}
