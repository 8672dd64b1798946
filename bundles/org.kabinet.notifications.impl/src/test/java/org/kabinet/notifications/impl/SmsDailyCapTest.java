package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.notifications.impl.osgi.NotificationsErrorCatalog;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** The daily SMS cap (10 here, alarm at 80 %) on the real outbox tables, with a moving clock. */
class SmsDailyCapTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    /** 12:00 in Yekaterinburg. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
    private final SmsDispatcherTest.ScriptedGateway gateway = new SmsDispatcherTest.ScriptedGateway();
    private final java.util.List<LogRecord> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private SmsDailyCap cap;
    private SmsDispatcher dispatcher;
    private int serial;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications", JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        cap = new SmsDailyCap(store, 10, 80, ZONE, clock, () -> "info@yugra-dom.ru");
        dispatcher = new SmsDispatcher(store, () -> gateway,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 4, () -> 0.5),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZONE), new RateLimit(1000, clock), clock, cap);
        Logger.getLogger(SmsDailyCap.class.getName()).addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger(SmsDailyCap.class.getName()).removeHandler(capture);
        jpa.close();
    }

    private void routine(int count) {
        for (int i = 0; i < count; i++) {
            store.addSms(new SmsRequest("debt-sms:" + serial++, "9123456789", "Долг 1 234,56 руб."), clock.instant());
        }
    }

    /** As {@code Outbox.enqueueSms}: admitted by the cap, then queued. */
    private void requestCode() {
        int n = serial++;
        SmsRequest code = new SmsRequest("phone-code:t:" + n, "9123456789", "Код: " + (100000 + n), SmsPriority.IMMEDIATE)
                .withSecret(String.valueOf(100000 + n));
        cap.admit(code);
        store.addSms(code, clock.instant());
    }

    private int pending() {
        return store.entries("SMS", "PENDING", 100).size();
    }

    @Test
    void theCompanysOwnSmsAreNeverHeldByTheCapNorCounted() {
        routine(13);
        assertEquals(13, dispatcher.dispatchDue(50), "debt SMS to 13 tenants go out whatever the cap of 10 codes");
        requestCode(); // routine SMS sent do not use up the codes
        assertEquals(1, dispatcher.dispatchDue(50));
        assertEquals(0, pending());
    }

    @Test
    void pastTheCapANewCodeIsRefusedWhileOneRequestedBeforeStillGoes() {
        for (int i = 0; i < 8; i++) {
            requestCode();
        }
        assertEquals(8, dispatcher.dispatchDue(50));
        routine(3);
        requestCode();
        requestCode(); // 8 codes sent + 2 waiting = 10
        KabinetException refused = assertThrows(KabinetException.class, this::requestCode);
        assertEquals(Failure.TOO_MANY, refused.failure());
        assertEquals("outbox.sms.dailyCap", refused.code());

        assertEquals(5, dispatcher.dispatchDue(50), "the two codes requested before the cap go, and the routine SMS");
        assertEquals(0, pending());
        clock.advance(Duration.ofDays(1));
        requestCode();
        assertEquals(1, dispatcher.dispatchDue(50), "next day: a new count");
    }

    @Test
    void aCodeWaitingForTheGatewayCountsSoABurstOfCodesCannotPassTheCap() {
        for (int i = 0; i < 10; i++) {
            requestCode();
        }
        assertThrows(KabinetException.class, this::requestCode, "nothing sent yet, but ten codes wait");
        assertEquals(10, dispatcher.dispatchDue(50));
        assertThrows(KabinetException.class, this::requestCode, "sent, they still count today");
    }

    private void codes(int count) {
        for (int i = 0; i < count; i++) {
            requestCode();
        }
    }

    @Test
    void staffAreAlarmedOnceADayAtEightyPercent() {
        codes(7);
        dispatcher.dispatchDue(50);
        assertEquals(List.of(), alarms(), "70 %: nothing yet");
        routine(5);
        dispatcher.dispatchDue(50);
        assertEquals(List.of(), alarms(), "the company's own SMS do not count");
        codes(1);
        dispatcher.dispatchDue(50);
        List<OutboxEntry> alarms = alarms();
        assertEquals(1, alarms.size());
        assertEquals("info@yugra-dom.ru", alarms.get(0).recipient());
        assertTrue(alarms.get(0).text().contains("8 из 10"), alarms.get(0).text());
        assertEquals(1, warnings("8 of 10"));
        codes(2);
        dispatcher.dispatchDue(50);
        dispatcher.dispatchDue(50);
        assertEquals(1, alarms().size(), "once a day");
        assertEquals(1, warnings("cap of 10 reached"), "and one line when the cap is reached");

        clock.advance(Duration.ofHours(22)); // the next day
        codes(8);
        dispatcher.dispatchDue(50);
        assertEquals(2, alarms().size(), "the next day alarms again");
    }

    @Test
    void aRestartedDispatcherDoesNotAlarmTwiceTheSameDay() {
        codes(9);
        dispatcher.dispatchDue(50);
        SmsDailyCap restarted = new SmsDailyCap(store, 10, 80, ZONE, clock, () -> "info@yugra-dom.ru");
        restarted.watch(restarted.counted());
        assertEquals(1, alarms().size(), "the letter's key is the day");
    }

    @Test
    void noCapWhenSetToZero() {
        SmsDailyCap none = new SmsDailyCap(store, 0, 80, ZONE, clock, () -> "info@yugra-dom.ru");
        for (int i = 0; i < 20; i++) {
            SmsRequest code = new SmsRequest("phone-code:x:" + i, "9123456789", "Код: 1", SmsPriority.IMMEDIATE).withSecret("1");
            none.admit(code);
            store.addSms(code, clock.instant());
        }
        assertEquals(0, none.counted(), "nothing is counted without a cap");
        assertTrue(!none.limited());
    }

    @Test
    void theRefusalIsExplainedInRussianAndEnglish() {
        NotificationsErrorCatalog catalog = new NotificationsErrorCatalog();
        assertTrue(catalog.text(SmsDailyCap.CODE, new Locale("ru")).orElseThrow().contains("завтра"));
        assertTrue(catalog.text(SmsDailyCap.CODE, Locale.ENGLISH).orElseThrow().contains("tomorrow"));
    }

    private List<OutboxEntry> alarms() {
        return store.entries("EMAIL", null, 10).stream().filter(e -> e.idempotencyKey().startsWith("sms-cap-alarm:")).toList();
    }

    private long warnings(String text) {
        return log.stream().filter(r -> r.getLevel() == Level.WARNING)
                .filter(r -> java.text.MessageFormat.format(r.getMessage() == null ? "" : r.getMessage(),
                        r.getParameters() == null ? new Object[0] : r.getParameters()).contains(text)).count();
    }
}
