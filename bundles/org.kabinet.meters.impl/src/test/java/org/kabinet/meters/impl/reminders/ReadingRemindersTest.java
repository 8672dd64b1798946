package org.kabinet.meters.impl.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.reminders.Fixtures.MIRA_5;
import static org.kabinet.meters.impl.reminders.Fixtures.MIRA_51;
import static org.kabinet.meters.impl.reminders.Fixtures.day;
import static org.kabinet.meters.impl.reminders.Fixtures.meter;
import static org.kabinet.meters.impl.reminders.Fixtures.reading;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;

class ReadingRemindersTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final Fixtures.FakeSources sources = new Fixtures.FakeSources();
    private final Fixtures.RecordingOutbox outbox = new Fixtures.RecordingOutbox();
    private final Fixtures.MovingClock clock = new Fixtures.MovingClock(LocalDateTime.of(2026, 11, 1, 0, 0));
    private ReadingReminders reminders = started();

    private ReadingReminders started() {
        return new ReadingReminders(sources, outbox, clock, Fixtures.YEKATERINBURG, ReadingReminders.Schedule.DEFAULT);
    }

    @BeforeEach
    void aBuildingWithTwoAccounts() {
        sources.accounts.addAll(List.of(MIRA_5, MIRA_51));
        sources.holders.add(new AccountHolder("acc-1", "t1", "9120000001"));
        sources.holders.add(new AccountHolder("acc-1", "t2", null));
        sources.holders.add(new AccountHolder("acc-2", "t3", "9120000003"));
        sources.emails.put("t1", "anna@example.ru");
        sources.emails.put("t2", "boris@example.ru");
        // t3 registered but never confirmed the address: SMS only
        sources.meters.add(meter("m-cold", "acc-1", Resource.COLD_WATER, "111111", day(2027, 6, 30)));
        sources.meters.add(meter("m-hot", "acc-1", Resource.HOT_WATER, "222222", day(2026, 12, 15)));
        sources.meters.add(meter("m-other", "acc-2", Resource.ELECTRICITY, "333333", day(2030, 1, 1)));
    }

    private Optional<ReadingReminders.Pass> at(int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(2026, month, day, hour, minute));
        return reminders.tick();
    }

    /** Ticks every ten minutes through the day, as the scheduler would. */
    private void wholeDay(int month, int day) {
        for (int minutes = 0; minutes < 24 * 60; minutes += 10) {
            at(month, day, minutes / 60, minutes % 60);
        }
    }

    @Test
    void aMonthWithAMovingClockSendsEachReminderOnceOnItsDay() {
        List<String> byDay = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            if (d == 22) {
                // the tenant of acc-2 submits in the window; acc-1 sends cold water only
                sources.readings.add(reading("m-other", NOVEMBER, ReadingStatus.ACCEPTED));
                sources.readings.add(reading("m-cold", NOVEMBER, ReadingStatus.ACCEPTED));
            }
            int before = outbox.keys.size();
            wholeDay(11, d);
            List<String> added = outbox.keys.stream().skip(before).toList();
            if (!added.isEmpty()) {
                byDay.add(d + ": " + added);
            }
        }
        assertEquals(List.of(
                "15: [verification-reminder:acc-1:t1:2026-12-15, verification-reminder:acc-1:t2:2026-12-15,"
                        + " verification-reminder-sms:acc-1:t1:2026-12-15]",
                "20: [reading-reminder-open:acc-1:t1:2026-11, reading-reminder-open:acc-1:t2:2026-11,"
                        + " reading-reminder-open-sms:acc-1:t1:2026-11, reading-reminder-open-sms:acc-2:t3:2026-11]",
                "24: [reading-reminder-last-day:acc-1:t1:2026-11, reading-reminder-last-day:acc-1:t2:2026-11,"
                        + " reading-reminder-last-day-sms:acc-1:t1:2026-11]"), byDay);
        SmsRequest lastDay = outbox.sms.get("reading-reminder-last-day-sms:acc-1:t1:2026-11");
        assertEquals("Завтра, 25 ноября, — последний день приёма показаний по л/с 8600001: горячая вода. Передайте их в личном кабинете."
                + " УК «Дом»", lastDay.text());
        assertEquals("9120000001", lastDay.phone());
        assertEquals(SmsPriority.ROUTINE, lastDay.priority());
    }

    @Test
    void remindersAreQueuedOnlyAtADecentHour() {
        assertEquals(Optional.empty(), at(11, 20, 9, 59));
        assertTrue(outbox.keys.isEmpty());
        ReadingReminders.Pass pass = at(11, 20, 10, 0).orElseThrow();
        assertEquals(3, pass.due());
        assertEquals(2, pass.emailsQueued());
        assertEquals(2, pass.smsQueued());
        assertEquals(0, pass.alreadyQueued());
        reminders = started();
        assertEquals(Optional.empty(), at(11, 20, 20, 0), "from 20:00 nothing is queued");
        assertEquals(Optional.empty(), at(11, 21, 7, 0));
    }

    @Test
    void onePassADayAndARestartQueuesNothingNew() {
        at(11, 20, 10, 0).orElseThrow();
        int reads = sources.reads;
        assertEquals(Optional.empty(), at(11, 20, 10, 5));
        assertEquals(Optional.empty(), at(11, 20, 19, 55));
        assertEquals(reads, sources.reads, "after the day's pass a tick reads nothing");
        int queued = outbox.keys.size();
        reminders = started(); // the portal restarts the same day
        ReadingReminders.Pass again = at(11, 20, 14, 0).orElseThrow();
        assertEquals(0, again.emailsQueued() + again.smsQueued());
        assertEquals(4, again.alreadyQueued());
        assertEquals(queued, outbox.keys.size());
        ReadingReminders.Pass catchUpDay = at(11, 21, 10, 0).orElseThrow();
        assertEquals(0, catchUpDay.emailsQueued() + catchUpDay.smsQueued(), "the catch-up day repeats nothing");
    }

    @Test
    void aPortalDownOnTheDayCatchesUpTheNextDayButNotLater() {
        at(11, 21, 12, 0).orElseThrow();
        assertTrue(outbox.keys.contains("reading-reminder-open:acc-1:t1:2026-11"));
        outbox.keys.clear();
        reminders = started();
        at(11, 22, 12, 0).orElseThrow();
        assertTrue(outbox.keys.isEmpty(), "two days late is too late: " + outbox.keys);
    }

    @Test
    void theLetterLinksToTheMetersPageAndCanBeUnsubscribedFrom() {
        at(11, 20, 10, 0);
        EmailMessage letter = outbox.letters.get("reading-reminder-open:acc-1:t1:2026-11");
        assertEquals("anna@example.ru", letter.to());
        assertEquals("Передайте показания счётчиков до 25 ноября — л/с 8600001", letter.subject());
        assertEquals("https://kabinet.example/#!meters", letter.actionUrl());
        assertEquals("Передать показания", letter.actionLabel());
        assertEquals("https://kabinet.example/api/v1/unsubscribe/t1.acc-1", letter.unsubscribeUrl());
        assertTrue(letter.text().contains("— Холодная вода, № 111111\n— Горячая вода, № 222222"), letter.text());
    }

    @Test
    void smsGoOnlyToConfirmedPhonesAndLettersOnlyToConfirmedAddresses() {
        at(11, 20, 10, 0);
        assertEquals(List.of("reading-reminder-open-sms:acc-1:t1:2026-11", "reading-reminder-open-sms:acc-2:t3:2026-11"),
                List.copyOf(outbox.sms.keySet()));
        assertEquals(List.of("anna@example.ru", "boris@example.ru"), outbox.letters.values().stream().map(EmailMessage::to).toList());
    }

    @Test
    void aTenantWhoSwitchedRemindersOffGetsNeither() {
        sources.switchedOff.add("t1:acc-1");
        ReadingReminders.Pass pass = at(11, 20, 10, 0).orElseThrow();
        assertTrue(outbox.keys.stream().noneMatch(k -> k.contains(":t1:")), outbox.keys.toString());
        assertEquals(1, pass.switchedOff());
        assertEquals(2, pass.due());
    }

    @Test
    void switchedOffRemindersAndOtherHoursAreConfiguration() {
        reminders.reschedule(new ReadingReminders.Schedule(false, LocalTime.of(10, 0), LocalTime.of(20, 0)));
        assertEquals(Optional.empty(), at(11, 20, 12, 0));
        reminders.reschedule(new ReadingReminders.Schedule(true, LocalTime.of(12, 0), LocalTime.of(13, 0)));
        assertEquals(Optional.empty(), at(11, 20, 11, 59));
        assertTrue(at(11, 20, 12, 30).isPresent());
    }

    @Test
    void aFailedPassIsTriedAgainAtTheNextTick() {
        sources.failNextEmails = new IllegalStateException("the registration module is restarting");
        assertThrows(IllegalStateException.class, () -> at(11, 20, 10, 0));
        assertTrue(outbox.keys.isEmpty());
        assertTrue(at(11, 20, 10, 5).isPresent());
        assertTrue(outbox.keys.contains("reading-reminder-open:acc-1:t1:2026-11"));
    }

    @Test
    void theHourIsTheHourInThePortalsZone() {
        clock.set(LocalDateTime.of(2026, 11, 20, 10, 0)); // 05:00 UTC
        ReadingReminders inUtc = new ReadingReminders(sources, outbox, clock, ZoneOffset.UTC, ReadingReminders.Schedule.DEFAULT);
        assertEquals(Optional.empty(), inUtc.tick());
        assertEquals(day(2026, 11, 20), reminders.tick().map(ReadingReminders.Pass::day).orElseThrow());
    }
}
