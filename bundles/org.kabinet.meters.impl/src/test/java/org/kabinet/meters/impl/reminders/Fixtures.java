package org.kabinet.meters.impl.reminders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;

/** Accounts, meters, readings, a clock that moves and an outbox that keeps keys, for the reminder tests. */
final class Fixtures {
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    static final WindowRule COMPANY_20_25 = new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.SOFT);
    static final ReminderAccount MIRA_5 = new ReminderAccount("acc-1", "8600001", "surgut", "Сургут", "ул. Мира, д. 5, кв. 1");
    static final ReminderAccount MIRA_51 = new ReminderAccount("acc-2", "8600002", "surgut", "Сургут", "ул. Мира, д. 51, кв. 2");

    private Fixtures() {
    }

    static Meter meter(String id, String accountId, Resource resource, String serial, LocalDate verificationDue) {
        return new Meter(id, accountId, resource, serial, "", 1, 5, LocalDate.of(2024, 1, 10), verificationDue, MeterState.ACTIVE,
                List.of(BigDecimal.ZERO), "");
    }

    static Meter withZones(Meter m, int zones) {
        return new Meter(m.id(), m.accountId(), m.resource(), m.serialNumber(), m.place(), zones, m.digits(), m.installedOn(),
                m.verificationDue(), m.state(), m.initialValues(), m.name());
    }

    static Meter named(Meter m, String place, String name) {
        return new Meter(m.id(), m.accountId(), m.resource(), m.serialNumber(), place, m.zones(), m.digits(), m.installedOn(),
                m.verificationDue(), m.state(), m.initialValues(), name);
    }

    static Meter archived(Meter m) {
        return new Meter(m.id(), m.accountId(), m.resource(), m.serialNumber(), m.place(), m.zones(), m.digits(), m.installedOn(),
                m.verificationDue(), MeterState.ARCHIVED, m.initialValues(), m.name());
    }

    static Reading reading(String meterId, YearMonth period, ReadingStatus status) {
        return new Reading("r-" + meterId + "-" + period + "-" + status, meterId, period, period.atDay(21),
                Instant.parse("2026-01-01T00:00:00Z"), List.of(new BigDecimal("12.5")), status == ReadingStatus.REJECTED ? null
                : BigDecimal.ONE, status, "", ReadingSource.CABINET, "t1", true);
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** A clock the test moves, in the portal's zone. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(LocalDateTime start) {
            set(start);
        }

        void set(LocalDateTime local) {
            now = local.atZone(YEKATERINBURG).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return YEKATERINBURG;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps what was queued; as the real outbox, a key is queued once whatever the channel. */
    static final class RecordingOutbox implements Outbox {
        final Set<String> keys = new LinkedHashSet<>();
        final Map<String, EmailMessage> letters = new LinkedHashMap<>();
        final Map<String, SmsRequest> sms = new LinkedHashMap<>();

        @Override
        public boolean enqueue(EmailMessage message) {
            if (!keys.add(message.idempotencyKey())) {
                return false;
            }
            letters.put(message.idempotencyKey(), message);
            return true;
        }

        @Override
        public boolean enqueueSms(SmsRequest message) {
            if (!keys.add(message.idempotencyKey())) {
                return false;
            }
            sms.put(message.idempotencyKey(), message);
            return true;
        }

        @Override
        public Set<String> enqueueAllSms(List<SmsRequest> messages) {
            Set<String> added = new LinkedHashSet<>();
            messages.stream().filter(this::enqueueSms).forEach(m -> added.add(m.idempotencyKey()));
            return added;
        }
    }

    /** What the reminders read, as plain lists the tests change. */
    static final class FakeSources implements ReadingReminders.Sources {
        final List<ReminderAccount> accounts = new ArrayList<>();
        final List<org.kabinet.accounts.api.AccountHolder> holders = new ArrayList<>();
        final List<Meter> meters = new ArrayList<>();
        final List<WindowRule> windows = new ArrayList<>(List.of(COMPANY_20_25));
        final List<Reading> readings = new ArrayList<>();
        final Set<String> switchedOff = new LinkedHashSet<>();
        final Map<String, String> emails = new LinkedHashMap<>();
        /** Thrown by the next look-up of addresses, once (a module restarting). */
        RuntimeException failNextEmails;
        int reads;

        @Override
        public List<ReminderAccount> accounts() {
            reads++;
            return List.copyOf(accounts);
        }

        @Override
        public List<org.kabinet.accounts.api.AccountHolder> holders() {
            return List.copyOf(holders);
        }

        @Override
        public List<Meter> meters() {
            return List.copyOf(meters);
        }

        @Override
        public List<WindowRule> windows() {
            return List.copyOf(windows);
        }

        @Override
        public List<Reading> readings(YearMonth period) {
            return readings.stream().filter(r -> r.period().equals(period)).toList();
        }

        @Override
        public Set<String> switchedOff() {
            return Collections.unmodifiableSet(new LinkedHashSet<>(switchedOff));
        }

        @Override
        public Map<String, String> confirmedEmails() {
            RuntimeException failure = failNextEmails;
            failNextEmails = null;
            if (failure != null) {
                throw failure;
            }
            return Map.copyOf(emails);
        }

        @Override
        public String unsubscribeUrl(String tenantId, String accountId) {
            return "https://kabinet.example/api/v1/unsubscribe/" + tenantId + "." + accountId;
        }

        @Override
        public String portalUrl() {
            return "https://kabinet.example";
        }

        @Override
        public String company() {
            return "УК «Дом»";
        }
    }
}
