package org.kabinet.meters.impl.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.reminders.Fixtures.MIRA_5;
import static org.kabinet.meters.impl.reminders.Fixtures.day;
import static org.kabinet.meters.impl.reminders.Fixtures.meter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.notifications.api.SmsRequest;

class ReminderTextsTest {
    private static final String COMPANY = "УК «Дом»";
    private static final String LONG_COMPANY = "Общество с ограниченной ответственностью «Управляющая компания „Жилищно-коммунальное"
            + " хозяйство Ханты-Мансийского автономного округа — Югры“»";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Meter COLD = Fixtures.named(meter("m-cold", "acc-1", Resource.COLD_WATER, "111111", day(2027, 6, 30)),
            "ванная", "");
    private static final Meter HOT = meter("m-hot", "acc-1", Resource.HOT_WATER, "222222", day(2026, 12, 15));
    private static final Meter POWER = Fixtures.named(Fixtures.withZones(meter("m-power", "acc-1", Resource.ELECTRICITY, "333333",
            null), 2), "", "прихожая");

    private static Reminder window(ReminderKind kind, LocalDate today, WindowRule.Mode mode, Meter... meters) {
        SubmissionWindow w = SubmissionWindow.of(new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, mode), NOVEMBER);
        return new Reminder(kind, MIRA_5, "t1", "9120000001", "anna@example.ru", List.of(meters), w, null, today);
    }

    private static Reminder verification(LocalDate due, Meter... meters) {
        return new Reminder(ReminderKind.VERIFICATION, MIRA_5, "t1", "9120000001", "anna@example.ru", List.of(meters), null, due,
                due.minusDays(30));
    }

    @Test
    void theOpeningSmsNamesTheAccountTheLastDayAndTheResources() {
        assertEquals("Открыт приём показаний по л/с 8600001 до 25 ноября: холодная вода, горячая вода. Передайте их в личном кабинете."
                        + " УК «Дом»",
                ReminderTexts.sms(window(ReminderKind.WINDOW_OPENS, day(2026, 11, 20), WindowRule.Mode.SOFT, COLD, HOT), COMPANY));
        assertEquals("Открыт приём показаний по л/с 8600001 до 25 ноября: холодная вода, горячая вода, электроэнергия."
                        + " Передайте их в личном кабинете.",
                ReminderTexts.sms(window(ReminderKind.WINDOW_OPENS, day(2026, 11, 20), WindowRule.Mode.SOFT, COLD, HOT, POWER), COMPANY),
                "the company's name is the first to go");
    }

    @Test
    void theLastDaySmsSaysTomorrowOrTodayWhenCaughtUp() {
        assertEquals("Завтра, 25 ноября, — последний день приёма показаний по л/с 8600001: горячая вода. Передайте их в личном"
                        + " кабинете. УК «Дом»",
                ReminderTexts.sms(window(ReminderKind.LAST_DAY, day(2026, 11, 24), WindowRule.Mode.SOFT, HOT), COMPANY));
        assertTrue(ReminderTexts.sms(window(ReminderKind.LAST_DAY, day(2026, 11, 25), WindowRule.Mode.SOFT, HOT), COMPANY)
                .startsWith("Сегодня, 25 ноября, — последний день"));
    }

    @Test
    void theVerificationSmsNamesTheMeterAndTheDate() {
        assertEquals("Срок поверки счётчика по л/с 8600001 — до 15.12.2026: горячая вода № 222222. Закажите поверку, иначе показания"
                + " не примут. УК «Дом»", ReminderTexts.sms(verification(day(2026, 12, 15), HOT), COMPANY));
        assertEquals("Срок поверки счётчиков по л/с 8600001 — до 15.12.2026: горячая вода, холодная вода. Закажите поверку, иначе"
                + " показания не примут.", ReminderTexts.sms(verification(day(2026, 12, 15), HOT, COLD), COMPANY),
                "two meters' numbers do not fit: the company's name and then the numbers go");
    }

    @Test
    void twoMetersOfOneResourceAreCounted() {
        Meter kitchen = meter("m-cold-2", "acc-1", Resource.COLD_WATER, "555555", null);
        assertEquals("холодная вода (2), горячая вода", ReminderTexts.resources(List.of(COLD, HOT, kitchen)));
    }

    @Test
    void aLongCompanyNameAndThenTheListGoToStayWithinTwoSegments() {
        String longCompany = ReminderTexts.sms(window(ReminderKind.WINDOW_OPENS, day(2026, 11, 20), WindowRule.Mode.SOFT, COLD, HOT),
                LONG_COMPANY);
        assertEquals("Открыт приём показаний по л/с 8600001 до 25 ноября: холодная вода, горячая вода. Передайте их в личном кабинете.",
                longCompany);
        List<Meter> many = new ArrayList<>();
        for (Resource r : Resource.values()) {
            many.add(meter("m-" + r, "acc-1", r, "9" + r.ordinal(), null));
        }
        String manyMeters = ReminderTexts.sms(window(ReminderKind.LAST_DAY, day(2026, 11, 24), WindowRule.Mode.SOFT,
                many.toArray(Meter[]::new)), COMPANY);
        assertEquals("Завтра, 25 ноября, — последний день приёма показаний по л/с 8600001. Передайте их в личном кабинете. УК «Дом»",
                manyMeters);
    }

    @Test
    void everySmsFitsTwoSegments() {
        List<Meter> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(meter("m" + i, "acc-1", Resource.values()[i % Resource.values().length], "SN-0000000" + i, day(2026, 12, 15)));
        }
        for (int n = 1; n <= many.size(); n++) {
            Meter[] some = many.subList(0, n).toArray(Meter[]::new);
            for (String company : List.of("", COMPANY, LONG_COMPANY)) {
                for (Reminder r : List.of(window(ReminderKind.WINDOW_OPENS, day(2026, 11, 20), WindowRule.Mode.SOFT, some),
                        window(ReminderKind.LAST_DAY, day(2026, 11, 24), WindowRule.Mode.STRICT, some),
                        verification(day(2026, 12, 15), some))) {
                    String sms = ReminderTexts.sms(r, company);
                    assertTrue(SmsRequest.segments(sms) <= ReminderTexts.MAX_SEGMENTS, sms);
                }
            }
        }
    }

    @Test
    void theOpeningLetterListsTheMetersAndSaysWhatALateReadingDoes() {
        Reminder r = window(ReminderKind.WINDOW_OPENS, day(2026, 11, 20), WindowRule.Mode.SOFT, COLD, POWER);
        assertEquals("Передайте показания счётчиков до 25 ноября — л/с 8600001", ReminderTexts.subject(r));
        assertEquals("Передать показания", ReminderTexts.actionLabel(r));
        assertEquals("""
                Открыт приём показаний счётчиков по лицевому счёту № 8600001 (Сургут, ул. Мира, д. 5, кв. 1): с 20 по 25 ноября.

                Ещё нет показаний за ноябрь 2026:
                — Холодная вода, № 111111, ванная
                — Электроэнергия, № 333333 («прихожая»): два значения — день и ночь

                После 25 ноября показания учтут уже за декабрь 2026, а за ноябрь 2026 начислят по среднему потреблению или по нормативу.

                Передать показания можно в личном кабинете, в разделе «Показания».""", ReminderTexts.letter(r));
    }

    @Test
    void aStrictWindowsLetterSaysLateReadingsAreNotTaken() {
        Reminder r = window(ReminderKind.LAST_DAY, day(2026, 11, 24), WindowRule.Mode.STRICT, HOT);
        assertEquals("Завтра последний день приёма показаний — л/с 8600001", ReminderTexts.subject(r));
        String letter = ReminderTexts.letter(r);
        assertTrue(letter.startsWith("Завтра, 25 ноября, — последний день приёма показаний счётчиков по лицевому счёту № 8600001"
                + " (Сургут, ул. Мира, д. 5, кв. 1)."), letter);
        assertTrue(letter.contains("— Горячая вода, № 222222\n"), letter);
        assertTrue(letter.contains("После 25 ноября показания за ноябрь 2026 уже не принимаются, и за ноябрь 2026 начислят по"
                + " среднему потреблению или по нормативу."), letter);
        assertFalse(letter.contains("декабрь"), letter);
        assertEquals("Сегодня последний день приёма показаний — л/с 8600001",
                ReminderTexts.subject(window(ReminderKind.LAST_DAY, day(2026, 11, 25), WindowRule.Mode.STRICT, HOT)));
    }

    @Test
    void theVerificationLetterNamesTheDateTheMetersAndWhatToDo() {
        Reminder one = verification(day(2026, 12, 15), HOT);
        assertEquals("Поверка счётчика до 15 декабря 2026 — л/с 8600001", ReminderTexts.subject(one));
        assertEquals("Открыть личный кабинет", ReminderTexts.actionLabel(one));
        assertEquals("""
                Срок поверки счётчика по лицевому счёту № 8600001 (Сургут, ул. Мира, д. 5, кв. 1) истекает 15 декабря 2026 года:
                — Горячая вода, № 222222

                После этой даты показания счётчика не принимаются, и начисление будет по среднему потреблению, а затем по\
                 нормативу. Закажите поверку заранее, а после неё сообщите в управляющую компанию дату следующей поверки.""",
                ReminderTexts.letter(one));
        Reminder two = verification(day(2026, 12, 15), HOT, COLD);
        assertEquals("Поверка счётчиков до 15 декабря 2026 — л/с 8600001", ReminderTexts.subject(two));
        assertTrue(ReminderTexts.letter(two).contains("показания этих счётчиков не принимаются"));
    }

    @Test
    void datesAreWrittenAsPeopleSayThem() {
        assertEquals("1 марта", ReminderTexts.dayMonth(day(2026, 3, 1)));
        assertEquals("с 20 по 25 ноября", ReminderTexts.range(day(2026, 11, 20), day(2026, 11, 25)));
        assertEquals("с 28 ноября по 3 декабря", ReminderTexts.range(day(2026, 11, 28), day(2026, 12, 3)));
        assertEquals("1 декабря", ReminderTexts.range(day(2026, 12, 1), day(2026, 12, 1)));
        assertEquals("май 2026", ReminderTexts.month(YearMonth.of(2026, 5)));
    }
}
