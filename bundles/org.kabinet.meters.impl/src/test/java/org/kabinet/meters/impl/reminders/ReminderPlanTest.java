package org.kabinet.meters.impl.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.reminders.Fixtures.MIRA_5;
import static org.kabinet.meters.impl.reminders.Fixtures.MIRA_51;
import static org.kabinet.meters.impl.reminders.Fixtures.day;
import static org.kabinet.meters.impl.reminders.Fixtures.meter;
import static org.kabinet.meters.impl.reminders.Fixtures.reading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;

class ReminderPlanTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Meter COLD = meter("m-cold", "acc-1", Resource.COLD_WATER, "111111", day(2027, 6, 30));
    private static final Meter HOT = meter("m-hot", "acc-1", Resource.HOT_WATER, "222222", day(2026, 12, 15));
    private static final Meter POWER = Fixtures.withZones(meter("m-power", "acc-1", Resource.ELECTRICITY, "333333", null), 2);
    private static final Meter OTHER = meter("m-other", "acc-2", Resource.COLD_WATER, "444444", day(2030, 1, 1));

    private final List<ReminderAccount> accounts = new ArrayList<>(List.of(MIRA_5, MIRA_51));
    private final List<AccountHolder> holders = new ArrayList<>(List.of(
            new AccountHolder("acc-1", "t1", "9120000001"),
            new AccountHolder("acc-1", "t2", null),
            new AccountHolder("acc-2", "t1", "9120000001")));
    private final List<Meter> meters = new ArrayList<>(List.of(COLD, HOT, POWER, OTHER));
    private final List<WindowRule> windows = new ArrayList<>(List.of(Fixtures.COMPANY_20_25));
    private final List<Reading> readings = new ArrayList<>();
    private final Set<String> switchedOff = new HashSet<>();
    private final Map<String, String> emails = new HashMap<>(Map.of("t1", "anna@example.ru", "t2", "boris@example.ru"));
    private int emailLookups;

    private ReminderPlan.Result plan(LocalDate today) {
        return ReminderPlan.due(today, new ReminderPlan.Facts(accounts, holders, meters, windows,
                period -> readings.stream().filter(r -> r.period().equals(period)).toList(), switchedOff, tenant -> {
                    emailLookups++;
                    return emails.get(tenant);
                }));
    }

    private List<String> keys(LocalDate today) {
        return plan(today).reminders().stream().map(Reminder::emailKey).toList();
    }

    private static List<String> meterIds(Reminder r) {
        return r.meters().stream().map(Meter::id).toList();
    }

    @Test
    void nothingIsDueBeforeTheWindowOpens() {
        assertEquals(List.of(), keys(day(2026, 11, 19)));
        assertEquals(0, emailLookups, "nobody's address is read on a day without reminders");
    }

    @Test
    void theWindowsFirstDayRemindsEveryTenantOfEveryMeterWithoutAReading() {
        List<Reminder> due = plan(day(2026, 11, 20)).reminders();
        assertEquals(List.of("reading-reminder-open:acc-1:t1:2026-11", "reading-reminder-open:acc-1:t2:2026-11",
                "reading-reminder-open:acc-2:t1:2026-11"), due.stream().map(Reminder::emailKey).toList());
        Reminder anna = due.get(0);
        assertEquals(ReminderKind.WINDOW_OPENS, anna.kind());
        assertEquals("reading-reminder-open-sms:acc-1:t1:2026-11", anna.smsKey());
        assertEquals(List.of("m-cold", "m-hot", "m-power"), meterIds(anna));
        assertEquals("9120000001", anna.phone());
        assertEquals("anna@example.ru", anna.email());
        assertEquals(day(2026, 11, 25), anna.window().closes());
        assertNull(due.get(1).phone(), "t2 has no confirmed phone: e-mail only");
        assertEquals("boris@example.ru", due.get(1).email());
    }

    @Test
    void aMeterWithAReadingOfThePeriodIsLeftOutAndAnAccountWithAllInGetsNothing() {
        readings.add(reading("m-cold", NOVEMBER, ReadingStatus.ACCEPTED));
        readings.add(reading("m-hot", NOVEMBER, ReadingStatus.FLAGGED));
        readings.add(reading("m-power", NOVEMBER, ReadingStatus.REJECTED));
        readings.add(reading("m-other", NOVEMBER, ReadingStatus.ACCEPTED));
        readings.add(reading("m-cold", NOVEMBER.minusMonths(1), ReadingStatus.ACCEPTED));
        List<Reminder> due = plan(day(2026, 11, 20)).reminders();
        assertEquals(List.of("reading-reminder-open:acc-1:t1:2026-11", "reading-reminder-open:acc-1:t2:2026-11"),
                due.stream().map(Reminder::emailKey).toList());
        assertEquals(List.of("m-power"), meterIds(due.get(0)), "a rejected reading needs a new one; a flagged one is in");
    }

    @Test
    void aReadingReplacedByALaterOneDoesNotCount() {
        Reading replaced = reading("m-other", NOVEMBER, ReadingStatus.ACCEPTED);
        readings.add(new Reading(replaced.id(), replaced.meterId(), replaced.period(), replaced.takenOn(), replaced.submittedAt(),
                replaced.values(), replaced.consumption(), replaced.status(), replaced.reason(), replaced.source(), replaced.by(), false));
        assertTrue(keys(day(2026, 11, 20)).contains("reading-reminder-open:acc-2:t1:2026-11"));
    }

    @Test
    void theOpeningReminderIsCaughtUpTheNextDayOnlyUnderTheSameKey() {
        assertEquals(keys(day(2026, 11, 20)), keys(day(2026, 11, 21)));
        assertEquals(List.of(), keys(day(2026, 11, 22)));
        assertEquals(List.of(), keys(day(2026, 11, 23)));
    }

    @Test
    void theDayBeforeTheLastDayRemindsOfWhatIsStillMissingAndTheLastDayCatchesUp() {
        readings.add(reading("m-cold", NOVEMBER, ReadingStatus.ACCEPTED));
        List<Reminder> due = plan(day(2026, 11, 24)).reminders();
        assertEquals(List.of("reading-reminder-last-day:acc-1:t1:2026-11", "reading-reminder-last-day:acc-1:t2:2026-11",
                "reading-reminder-last-day:acc-2:t1:2026-11"), due.stream().map(Reminder::emailKey).toList());
        assertEquals(List.of("m-hot", "m-power"), meterIds(due.get(0)));
        assertEquals(due.stream().map(Reminder::emailKey).toList(), keys(day(2026, 11, 25)));
        assertEquals(List.of(), keys(day(2026, 11, 26)));
    }

    @Test
    void aTenantWhoSubmittedAfterTheOpeningReminderHearsNothingMore() {
        readings.add(reading("m-other", NOVEMBER, ReadingStatus.ACCEPTED));
        assertTrue(keys(day(2026, 11, 24)).stream().noneMatch(k -> k.contains("acc-2")));
    }

    @Test
    void inAWindowOfTwoDaysTheLastDayReminderReplacesTheOpeningOne() {
        windows.set(0, new WindowRule(WindowRule.Scope.COMPANY, "", 24, 25, WindowRule.Mode.STRICT));
        assertEquals(List.of(), keys(day(2026, 11, 23)));
        List<Reminder> due = plan(day(2026, 11, 24)).reminders();
        assertTrue(due.stream().allMatch(r -> r.kind() == ReminderKind.LAST_DAY), due.toString());
        assertEquals(3, due.size());
    }

    @Test
    void inAWindowOfThreeDaysTheCatchUpOfTheOpeningGivesWayToTheLastDay() {
        windows.set(0, new WindowRule(WindowRule.Scope.COMPANY, "", 23, 25, WindowRule.Mode.SOFT));
        assertTrue(plan(day(2026, 11, 23)).reminders().stream().allMatch(r -> r.kind() == ReminderKind.WINDOW_OPENS));
        assertTrue(plan(day(2026, 11, 24)).reminders().stream().allMatch(r -> r.kind() == ReminderKind.LAST_DAY));
    }

    @Test
    void aWindowOfOneDayOnTheFirstIsAnnouncedOnTheLastDayOfTheMonthBefore() {
        windows.set(0, new WindowRule(WindowRule.Scope.COMPANY, "", 1, 1, WindowRule.Mode.STRICT));
        List<String> eve = keys(day(2026, 11, 30));
        assertTrue(eve.contains("reading-reminder-last-day:acc-1:t1:2026-12"), eve.toString());
        assertEquals(eve, keys(day(2026, 12, 1)));
        assertEquals(List.of(), keys(day(2026, 12, 2)));
    }

    @Test
    void aWindowToTheThirtyFirstEndsOnTheLastDayOfAShortMonth() {
        windows.set(0, new WindowRule(WindowRule.Scope.COMPANY, "", 25, 31, WindowRule.Mode.SOFT));
        meters.removeIf(m -> m != OTHER);
        assertEquals(List.of("reading-reminder-last-day:acc-2:t1:2026-02"), keys(day(2026, 2, 27)));
        assertEquals(List.of("reading-reminder-last-day:acc-2:t1:2028-02"), keys(day(2028, 2, 28)));
        assertEquals(List.of("reading-reminder-last-day:acc-2:t1:2026-04"), keys(day(2026, 4, 29)));
        assertEquals(List.of(), keys(day(2026, 4, 28)));
        assertEquals(List.of("reading-reminder-last-day:acc-2:t1:2026-12"), keys(day(2026, 12, 30)));
        assertEquals(List.of(), keys(day(2027, 1, 1)));
    }

    @Test
    void aTenantWhoSwitchedRemindersOffForAnAccountHearsNothingAboutIt() {
        switchedOff.add("t1:acc-1");
        ReminderPlan.Result result = plan(day(2026, 11, 20));
        assertEquals(List.of("reading-reminder-open:acc-1:t2:2026-11", "reading-reminder-open:acc-2:t1:2026-11"),
                result.reminders().stream().map(Reminder::emailKey).toList(), "the other account and the other tenant still hear");
        assertEquals(1, result.switchedOff());
    }

    @Test
    void aTenantWithoutAConfirmedPhoneOrAddressCannotBeReminded() {
        emails.remove("t2");
        ReminderPlan.Result result = plan(day(2026, 11, 20));
        assertTrue(result.reminders().stream().noneMatch(r -> r.tenantId().equals("t2")));
        assertEquals(1, result.unreachable());
        emails.remove("t1");
        Reminder smsOnly = plan(day(2026, 11, 20)).reminders().get(0);
        assertNull(smsOnly.email());
        assertEquals("9120000001", smsOnly.phone());
    }

    @Test
    void aPhoneThatIsNotTenDigitsIsNoPhone() {
        holders.set(0, new AccountHolder("acc-1", "t1", "12345"));
        holders.set(2, new AccountHolder("acc-2", "t1", "+7 912 000-00-01"));
        List<Reminder> due = plan(day(2026, 11, 20)).reminders();
        assertNull(due.get(0).phone());
        assertEquals("anna@example.ru", due.get(0).email());
        assertEquals("9120000001", due.get(2).phone());
    }

    @Test
    void verificationIsRemindedThirtyDaysBeforeAndCaughtUpADayLate() {
        assertEquals(List.of(), keys(day(2026, 11, 14)));
        List<Reminder> due = plan(day(2026, 11, 15)).reminders();
        assertEquals(List.of("verification-reminder:acc-1:t1:2026-12-15", "verification-reminder:acc-1:t2:2026-12-15"),
                due.stream().map(Reminder::emailKey).toList());
        assertEquals("verification-reminder-sms:acc-1:t1:2026-12-15", due.get(0).smsKey());
        assertEquals(List.of("m-hot"), meterIds(due.get(0)));
        assertEquals(day(2026, 12, 15), due.get(0).verificationDue());
        assertEquals(due.stream().map(Reminder::emailKey).toList(), keys(day(2026, 11, 16)));
        assertEquals(List.of(), keys(day(2026, 11, 17)));
    }

    @Test
    void verificationAcrossTheYearsEndAndMetersDueTheSameDayTogether() {
        meters.clear();
        meters.add(meter("a", "acc-2", Resource.COLD_WATER, "1", day(2027, 1, 10)));
        meters.add(meter("b", "acc-2", Resource.HOT_WATER, "2", day(2027, 1, 10)));
        meters.add(meter("c", "acc-2", Resource.GAS, "3", day(2027, 1, 11)));
        List<Reminder> due = plan(day(2026, 12, 11)).reminders();
        assertEquals(List.of("verification-reminder:acc-2:t1:2027-01-10"), due.stream().map(Reminder::emailKey).toList());
        assertEquals(List.of("a", "b"), meterIds(due.get(0)));
        assertEquals(List.of("verification-reminder:acc-2:t1:2027-01-10", "verification-reminder:acc-2:t1:2027-01-11"),
                keys(day(2026, 12, 12)));
    }

    @Test
    void verificationAndTheWindowOnOneDayAreTwoReminders() {
        meters.set(1, meter("m-hot", "acc-1", Resource.HOT_WATER, "222222", day(2026, 12, 20)));
        List<String> due = keys(day(2026, 11, 20));
        assertTrue(due.containsAll(List.of("reading-reminder-open:acc-1:t1:2026-11", "verification-reminder:acc-1:t1:2026-12-20")),
                due.toString());
    }

    @Test
    void archivedMetersAndMetersPastTheirVerificationAreNotRemindedToSubmit() {
        meters.set(0, Fixtures.archived(COLD));
        meters.set(1, meter("m-hot", "acc-1", Resource.HOT_WATER, "222222", day(2026, 11, 1)));
        Reminder r = plan(day(2026, 11, 20)).reminders().get(0);
        assertEquals(List.of("m-power"), meterIds(r), "an archived meter takes no readings, nor does one past its verification");
        meters.set(0, Fixtures.archived(meter("m-cold", "acc-1", Resource.COLD_WATER, "111111", day(2026, 12, 20))));
        assertTrue(keys(day(2026, 11, 20)).stream().noneMatch(k -> k.startsWith("verification")));
    }

    @Test
    void aBuildingsOwnWindowIsUsedForItsAccounts() {
        windows.add(new WindowRule(WindowRule.Scope.BUILDING, "ул. Мира, д. 5", 15, 19, WindowRule.Mode.STRICT));
        assertEquals(List.of("reading-reminder-open:acc-1:t1:2026-11", "verification-reminder:acc-1:t1:2026-12-15",
                "reading-reminder-open:acc-1:t2:2026-11", "verification-reminder:acc-1:t2:2026-12-15"), keys(day(2026, 11, 15)));
        Reminder open = plan(day(2026, 11, 15)).reminders().get(0);
        assertEquals(WindowRule.Mode.STRICT, open.window().mode());
        assertEquals(List.of("reading-reminder-open:acc-2:t1:2026-11"), keys(day(2026, 11, 20)), "д. 51 keeps the company's window");
    }

    @Test
    void aCitysWindowIsUsedForItsAccounts() {
        windows.add(new WindowRule(WindowRule.Scope.CITY, "surgut", 10, 14, WindowRule.Mode.SOFT));
        assertEquals(3, plan(day(2026, 11, 10)).reminders().size());
        assertEquals(List.of(), keys(day(2026, 11, 20)));
    }

    @Test
    void accountsWithoutTenantsOrMetersAndClosedAccountsGetNothing() {
        holders.removeIf(h -> h.accountId().equals("acc-2"));
        assertTrue(keys(day(2026, 11, 20)).stream().noneMatch(k -> k.contains("acc-2")));
        accounts.remove(MIRA_5); // closed: no longer listed
        assertEquals(List.of(), keys(day(2026, 11, 20)));
    }
}
