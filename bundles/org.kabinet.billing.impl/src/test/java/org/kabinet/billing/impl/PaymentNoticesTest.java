package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

class PaymentNoticesTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** 25.11.2026 12:00 in Moscow. */
    private static final Clock NOVEMBER_25 = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), MOSCOW);
    private static final String ACCOUNT = "acc-1";
    private static final String NUMBER = "1001";

    private final KeyedOutbox outbox = new KeyedOutbox();
    private final Settings settings = new Settings();
    private final Tenants tenants = new Tenants();
    private final Map<String, List<AccountHolder>> holders = new HashMap<>();
    private final LedgerView ledger = new LedgerView(LocalDate.of(2026, 11, 25), List.of(), List.of(), new BigDecimal("250.00"),
            new BigDecimal("0.00"), List.of(), new BigDecimal("0.00"));

    PaymentNoticesTest() {
        holders.put(ACCOUNT, List.of(new AccountHolder(ACCOUNT, "t1", "9120000001"), new AccountHolder(ACCOUNT, "t2", "9120000002")));
        tenants.add(new Tenant("t1", "t1@example.ru", true, Instant.EPOCH, Instant.EPOCH, "Мария"));
        tenants.add(new Tenant("t2", "t2@example.ru", true, Instant.EPOCH, Instant.EPOCH, ""));
    }

    private PaymentNotices notices(Clock clock) {
        return new PaymentNotices(outbox, settings, account -> holders.getOrDefault(account, List.of()), tenants, () -> "УК «Дом»",
                clock, MOSCOW);
    }

    private void post(Clock clock, String id, LocalDate paidOn) {
        notices(clock).paymentPosted(ACCOUNT, () -> NUMBER, new Payment(id, paidOn, new BigDecimal("1500.00"), null, false),
                () -> ledger);
    }

    private void post(String id, LocalDate paidOn) {
        post(NOVEMBER_25, id, paidOn);
    }

    @Test
    void aFreshPaymentSendsAnSmsAndTheStatementToEachTenant() {
        post("p1", LocalDate.of(2026, 11, 24));

        assertEquals(List.of("payment-sms:p1:t1 → 9120000001", "payment-sms:p1:t2 → 9120000002"),
                outbox.sms.stream().map(s -> s.idempotencyKey() + " → " + s.phone()).toList());
        assertEquals(NoticeTexts.paymentSms(NUMBER, new BigDecimal("1500.00"), LocalDate.of(2026, 11, 24), new BigDecimal("250.00"),
                "УК «Дом»"), outbox.sms.get(0).text());
        assertTrue(outbox.sms.get(0).text().contains("Остаток долга 250,00\u00a0₽"), outbox.sms.get(0).text());

        assertEquals(List.of("statement-mail:acc-1:t1:2026-11 → t1@example.ru", "statement-mail:acc-1:t2:2026-11 → t2@example.ru"),
                outbox.mail.stream().map(m -> m.idempotencyKey() + " → " + m.to()).toList());
        EmailMessage letter = outbox.mail.get(0);
        assertEquals("Выписка по лицевому счёту № 1001 с декабря 2025 по ноябрь 2026", letter.subject());
        assertEquals(1, letter.attachments().size());
        Attachment file = letter.attachments().get(0);
        assertTrue(file.source().startsWith("statement:"), file.source());
        assertEquals(StatementFiles.source(ACCOUNT, "t1", YearMonth.of(2025, 12), YearMonth.of(2026, 11)), file.source());
        assertNull(file.content(), "the PDF is built when the letter goes out");
        assertEquals("vypiska-1001-2025-12-2026-11.pdf", file.name());
        assertEquals("application/pdf", file.contentType());
        assertEquals("https://kabinet.example/unsubscribe/t1/acc-1/STATEMENT_EMAIL", letter.unsubscribeUrl());
    }

    @Test
    void aSecondPaymentInTheMonthSendsAnSmsButNoSecondLetter() {
        post("p1", LocalDate.of(2026, 11, 20));
        post("p2", LocalDate.of(2026, 11, 24));

        assertEquals(4, outbox.sms.size());
        assertEquals(Set.of("payment-sms:p2:t1", "payment-sms:p2:t2"),
                Set.copyOf(outbox.sms.subList(2, 4).stream().map(SmsRequest::idempotencyKey).toList()));
        assertEquals(2, outbox.mail.size(), "one statement a month");
    }

    @Test
    void aPaymentNextMonthSendsANewLetter() {
        post("p1", LocalDate.of(2026, 11, 24));
        post(Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), MOSCOW), "p2", LocalDate.of(2026, 12, 2));

        assertEquals(List.of("statement-mail:acc-1:t1:2026-11", "statement-mail:acc-1:t2:2026-11",
                        "statement-mail:acc-1:t1:2026-12", "statement-mail:acc-1:t2:2026-12"),
                outbox.mail.stream().map(EmailMessage::idempotencyKey).toList());
        assertEquals(StatementFiles.source(ACCOUNT, "t1", YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                outbox.mail.get(2).attachments().get(0).source());
    }

    @Test
    void aReversalStaffAskToTellIsTextedOncePerTenantWithThePaymentSmsOn() {
        settings.set("t2", ACCOUNT, NotificationKind.PAYMENT_SMS, false);
        Payment reversed = new Payment("p1", LocalDate.of(2026, 11, 24), new BigDecimal("1500.00"), null, true);
        notices(NOVEMBER_25).paymentReversed(ACCOUNT, NUMBER, reversed, () -> ledger);
        notices(NOVEMBER_25).paymentReversed(ACCOUNT, NUMBER, reversed, () -> ledger);

        assertEquals(List.of("payment-reversal-sms:p1:t1 → 9120000001"),
                outbox.sms.stream().map(s -> s.idempotencyKey() + " → " + s.phone()).toList());
        assertTrue(outbox.sms.get(0).text().contains("отменена"), outbox.sms.get(0).text());
        assertEquals(0, outbox.mail.size());
    }

    @Test
    void theSamePaymentAgainSendsNothingNew() {
        post("p1", LocalDate.of(2026, 11, 24));
        post("p1", LocalDate.of(2026, 11, 24));

        assertEquals(2, outbox.sms.size());
        assertEquals(2, outbox.mail.size());
        assertEquals(4, outbox.refused, "the outbox was asked again and refused every repeat");
    }

    @Test
    void switchedOffKindsAreNotSent() {
        settings.set("t1", ACCOUNT, NotificationKind.PAYMENT_SMS, false);
        settings.set("t2", ACCOUNT, NotificationKind.STATEMENT_EMAIL, false);
        settings.set("t2", "acc-other", NotificationKind.PAYMENT_SMS, false);

        post("p1", LocalDate.of(2026, 11, 24));

        assertEquals(List.of("payment-sms:p1:t2"), outbox.sms.stream().map(SmsRequest::idempotencyKey).toList());
        assertEquals(List.of("statement-mail:acc-1:t1:2026-11"), outbox.mail.stream().map(EmailMessage::idempotencyKey).toList());
    }

    @Test
    void everythingOffSendsNothing() {
        for (String tenant : List.of("t1", "t2")) {
            settings.set(tenant, ACCOUNT, NotificationKind.PAYMENT_SMS, false);
            settings.set(tenant, ACCOUNT, NotificationKind.STATEMENT_EMAIL, false);
        }
        post("p1", LocalDate.of(2026, 11, 24));
        assertEquals(List.of(), outbox.sms);
        assertEquals(List.of(), outbox.mail);
    }

    // FRESH_DAYS before 25.11 is 15.11: a payment of that day still counts, one of the 14th is history
    @Test
    void anOldPaymentSendsNothing() {
        post("old", LocalDate.of(2026, 11, 25).minusDays(PaymentNotices.FRESH_DAYS + 1));
        assertEquals(List.of(), outbox.sms);
        assertEquals(List.of(), outbox.mail);

        post("last-fresh", LocalDate.of(2026, 11, 25).minusDays(PaymentNotices.FRESH_DAYS));
        assertEquals(2, outbox.sms.size());
        assertEquals(2, outbox.mail.size());
    }

    @Test
    void onlyConfirmedAddressesAndPhonesAreUsed() {
        holders.put(ACCOUNT, List.of(new AccountHolder(ACCOUNT, "t1", null), new AccountHolder(ACCOUNT, "t2", "9120000002"),
                new AccountHolder(ACCOUNT, "gone", "9120000003")));
        tenants.add(new Tenant("t2", "t2@example.ru", false, Instant.EPOCH, null, ""));

        post("p1", LocalDate.of(2026, 11, 24));

        assertEquals(List.of("payment-sms:p1:t2", "payment-sms:p1:gone"), outbox.sms.stream().map(SmsRequest::idempotencyKey).toList());
        assertEquals(List.of("statement-mail:acc-1:t1:2026-11"), outbox.mail.stream().map(EmailMessage::idempotencyKey).toList(),
                "no letter to an unconfirmed address nor to a tenant the directory does not know");
    }

    @Test
    void anAccountWithoutTenantsSendsNothing() {
        notices(NOVEMBER_25).paymentPosted("lonely", () -> "2002", new Payment("p1", LocalDate.of(2026, 11, 24), BigDecimal.TEN, null, false),
                () -> {
                    throw new AssertionError("no ledger needed");
                });
        assertEquals(List.of(), outbox.sms);
        assertEquals(List.of(), outbox.mail);
    }

    /** Remembers idempotency keys and refuses repeats, as the real outbox does. */
    private static final class KeyedOutbox implements Outbox {
        final Set<String> keys = new HashSet<>();
        final List<EmailMessage> mail = new ArrayList<>();
        final List<SmsRequest> sms = new ArrayList<>();
        int refused;

        @Override
        public boolean enqueue(EmailMessage message) {
            if (!keys.add(message.idempotencyKey())) {
                refused++;
                return false;
            }
            return mail.add(message);
        }

        @Override
        public boolean enqueueSms(SmsRequest message) {
            if (!keys.add(message.idempotencyKey())) {
                refused++;
                return false;
            }
            return sms.add(message);
        }

        @Override
        public Set<String> enqueueAllSms(List<SmsRequest> messages) {
            Set<String> queued = new LinkedHashSet<>();
            messages.stream().filter(this::enqueueSms).forEach(m -> queued.add(m.idempotencyKey()));
            return queued;
        }
    }

    /** Everything on until switched off. */
    private static final class Settings implements NotificationSettings {
        private final Set<String> off = new HashSet<>();

        @Override
        public List<NotificationSetting> settings(String tenantId, Collection<String> accountIds) {
            List<NotificationSetting> all = new ArrayList<>();
            accountIds.forEach(a -> List.of(NotificationKind.values())
                    .forEach(k -> all.add(new NotificationSetting(a, k, isOn(tenantId, a, k)))));
            return all;
        }

        @Override
        public void set(String tenantId, String accountId, NotificationKind kind, boolean on) {
            String key = tenantId + ":" + accountId + ":" + kind;
            if (on) {
                off.remove(key);
            } else {
                off.add(key);
            }
        }

        @Override
        public boolean isOn(String tenantId, String accountId, NotificationKind kind) {
            return !off.contains(tenantId + ":" + accountId + ":" + kind);
        }

        @Override
        public Set<String> switchedOff(NotificationKind kind) {
            Set<String> pairs = new HashSet<>();
            off.stream().filter(k -> k.endsWith(":" + kind)).forEach(k -> pairs.add(k.substring(0, k.lastIndexOf(':'))));
            return pairs;
        }

        @Override
        public String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind) {
            return "https://kabinet.example/unsubscribe/" + tenantId + "/" + accountId + "/" + kind;
        }

        @Override
        public Optional<NotificationSetting> unsubscribe(String token) {
            return Optional.empty();
        }
    }

    private static final class Tenants implements TenantDirectory {
        private final Map<String, Tenant> byId = new java.util.LinkedHashMap<>();

        void add(Tenant tenant) {
            byId.put(tenant.id(), tenant);
        }

        @Override
        public List<Tenant> list() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Tenant> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }
}
