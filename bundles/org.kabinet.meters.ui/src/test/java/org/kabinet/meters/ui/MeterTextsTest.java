package org.kabinet.meters.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;

class MeterTextsTest {
    private static final Messages RU = new Messages(Locale.forLanguageTag("ru"));
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final WindowRule SOFT = new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.SOFT);
    private static final WindowRule STRICT = new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.STRICT);

    @Test
    void anOpenWindowSaysItsDays() {
        WindowState open = new WindowState(SOFT, true, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), YearMonth.of(2026, 11));
        MeterTexts.Note note = MeterTexts.window(open, RU);
        assertEquals("Приём показаний: 20–25 ноября, открыт.", note.text());
        assertEquals(MeterTexts.Tone.OK, note.tone());
    }

    @Test
    void aClosedSoftWindowSaysTheNextOneAndWhereAReadingSentNowGoes() {
        WindowState closed = new WindowState(SOFT, false, LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 25), YearMonth.of(2026, 12));
        assertEquals("Приём показаний закрыт, следующий — 20–25 декабря. Показание, переданное сейчас, пойдёт в расчёт за декабрь 2026.",
                MeterTexts.window(closed, RU).text());
    }

    @Test
    void aClosedStrictWindowSaysReadingsWaitForTheNextOne() {
        WindowState closed = new WindowState(STRICT, false, LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 25), null);
        assertEquals("Приём показаний закрыт, следующий — 20–25 декабря. До этого показания не принимаются.", MeterTexts.window(closed, RU).text());
        assertEquals(YearMonth.of(2026, 12), MeterTexts.period(closed));
    }

    @Test
    void aWindowAcrossTheMonthsEndNamesBothMonths() {
        assertEquals("28 ноября – 3 декабря", MeterTexts.days(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 3), RU));
    }

    @Test
    void verificationWarnsWithinThirtyDaysAndRefusesAfter() {
        assertEquals(MeterTexts.Tone.PLAIN, MeterTexts.verification(meter("1", 1, LocalDate.of(2027, 3, 1)), TODAY, RU).tone());
        MeterTexts.Note soon = MeterTexts.verification(meter("1", 1, TODAY.plusDays(30)), TODAY, RU);
        assertEquals(MeterTexts.Tone.WARNING, soon.tone());
        assertTrue(soon.text().contains("22.12.2026"), soon.text());
        MeterTexts.Note overdue = MeterTexts.verification(meter("1", 1, TODAY.minusDays(1)), TODAY, RU);
        assertEquals(MeterTexts.Tone.ERROR, overdue.tone());
        assertTrue(overdue.text().contains("Закажите поверку"), overdue.text());
    }

    @Test
    void zonesAreDayNightPeak() {
        Meter two = meter("E1", 2, null);
        assertEquals("День (Т1), кВт·ч", MeterTexts.zoneCaption(1, two, RU));
        assertEquals("Ночь (Т2), кВт·ч", MeterTexts.zoneCaption(2, two, RU));
        assertEquals("Показание, кВт·ч", MeterTexts.zoneCaption(1, meter("E2", 1, null), RU));
        assertEquals("день 1 234,5 · ночь 67", MeterTexts.values(List.of(new BigDecimal("1234.50"), new BigDecimal("67")), RU)
                .replace('\u00a0', ' ').replace('\u202f', ' '));
        assertEquals("1,234.5", MeterTexts.values(List.of(new BigDecimal("1234.5")), EN));
        assertEquals("123,45", MeterTexts.typed(new BigDecimal("123.450"), RU));
    }

    @Test
    void thisPeriodsReadingIsInUnlessRejected() {
        YearMonth november = YearMonth.of(2026, 11);
        Reading flagged = reading(november, ReadingStatus.FLAGGED, true);
        Reading rejected = reading(november, ReadingStatus.REJECTED, true);
        assertTrue(MeterTexts.isIn(MeterTexts.readingOf(List.of(flagged), november)));
        assertFalse(MeterTexts.isIn(MeterTexts.readingOf(List.of(rejected), november)));
        assertFalse(MeterTexts.isIn(MeterTexts.readingOf(List.of(flagged), november.plusMonths(1))));
        assertEquals("За ноябрь 2026 показание ещё не передано.", MeterTexts.periodState(List.of(), november, meter("1", 1, null), RU).text());
        MeterTexts.Note in = MeterTexts.periodState(List.of(flagged), november, meter("1", 1, null), RU);
        assertEquals(MeterTexts.Tone.WARNING, in.tone());
        assertEquals("За ноябрь 2026: 10 м³, снято 21.11.2026 — на проверке.", in.text());
    }

    @Test
    void aReadingRejectedOnReviewIsWhatThePeriodShowsNotAReplacedOne() {
        YearMonth november = YearMonth.of(2026, 11);
        Reading first = new Reading("r1", "m1", november, november.atDay(21), Instant.parse("2026-11-21T05:00:00Z"), List.of(BigDecimal.TEN),
                BigDecimal.ONE, ReadingStatus.ACCEPTED, "Принято.", ReadingSource.CABINET, "t1", false);
        Reading rejectedOnReview = new Reading("r2", "m1", november, november.atDay(22), Instant.parse("2026-11-22T05:00:00Z"),
                List.of(BigDecimal.TEN), BigDecimal.ONE, ReadingStatus.REJECTED, "Отклонено после проверки.", ReadingSource.CABINET, "t1", false);
        List<Reading> history = List.of(rejectedOnReview, first);
        assertEquals(Set.of("r1"), MeterTexts.replaced(history));
        assertEquals("Не принято", MeterTexts.statusInHistory(rejectedOnReview, MeterTexts.replaced(history), RU));
        assertEquals("Заменено", MeterTexts.statusInHistory(first, MeterTexts.replaced(history), RU));
        assertEquals(MeterTexts.Tone.ERROR, MeterTexts.periodState(history, november, meter("1", 1, null), RU).tone());
    }

    @Test
    void outcomesSayWhatHappensNext() {
        MeterTexts.Note rejected = MeterTexts.outcome(reading(YearMonth.of(2026, 11), ReadingStatus.REJECTED, true), RU);
        assertEquals(MeterTexts.Tone.ERROR, rejected.tone());
        assertEquals("Не принято. Меньше предыдущего.", rejected.text());
        assertEquals(MeterTexts.Tone.WARNING, MeterTexts.outcome(reading(YearMonth.of(2026, 11), ReadingStatus.FLAGGED, true), RU).tone());
    }

    @Test
    void elementIdsNameTheMeterBySerial() {
        Meter a = meter("AB 12/3", 1, null);
        Meter b = meter("777", 1, null);
        assertEquals(Map.of(a, "AB-12-3", b, "777"), MeterTexts.domIds(List.of(a, b), Map.of("acc", "8600001")));
        Meter other = new Meter("m9", "acc2", Resource.HOT_WATER, "777", "", 1, 5, null, null, MeterState.ACTIVE, List.of(BigDecimal.ZERO), "");
        Map<Meter, String> ids = MeterTexts.domIds(List.of(b, other), Map.of("acc", "8600001", "acc2", "8600002"));
        assertEquals("777-8600001", ids.get(b));
        assertEquals("777-8600002", ids.get(other));
    }

    @Test
    void theHomeCardNamesTheMissingMeters() {
        WindowState open = new WindowState(SOFT, true, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), YearMonth.of(2026, 11));
        Meter kitchen = new Meter("m1", "acc", Resource.COLD_WATER, "1", "", 1, 5, null, null, MeterState.ACTIVE, List.of(BigDecimal.ZERO), "Кухня");
        MetersCard.AccountState state = new MetersCard.AccountState(null, open, List.of(kitchen), List.of(kitchen), true);
        MeterTexts.Note line = MetersCard.line(state, false, RU);
        assertEquals("За ноябрь 2026 не переданы: Кухня (холодная вода).", line.text());
        assertEquals("25 ноября", MeterTexts.dayMonth(open.closes(), RU));
    }

    @Test
    void aMemberWhoOnlyViewsIsToldOfAMissingReadingNotAskedForIt() {
        WindowState open = new WindowState(SOFT, true, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), YearMonth.of(2026, 11));
        Meter kitchen = new Meter("m1", "acc", Resource.COLD_WATER, "1", "", 1, 5, null, null, MeterState.ACTIVE, List.of(BigDecimal.ZERO), "Кухня");
        MetersCard.AccountState state = new MetersCard.AccountState(null, open, List.of(kitchen), List.of(kitchen), false);
        assertFalse(state.urgent());
        MeterTexts.Note line = MetersCard.line(state, false, RU);
        assertEquals("За ноябрь 2026 не переданы: Кухня (холодная вода). Их передаёт владелец счёта или участник с полным доступом.", line.text());
        assertEquals(MeterTexts.Tone.PLAIN, line.tone());
    }

    @Test
    void theReadOnlyNoteNamesTheHolderWhoInvitedWhenKnown() {
        LinkedAccount shared = new LinkedAccount("acc", "8600001", new City("hm", "Ханты-Мансийск"), AccountKind.UTILITIES, "ул. Мира, д. 5, кв. 1",
                new BigDecimal("39.1"), 2, AccountStatus.OPEN, Instant.parse("2026-11-01T00:00:00Z"), AccountAccess.VIEW, "Анна Петрова");
        assertTrue(MetersPage.readOnlyNote(shared, RU).text().endsWith("попросите полный доступ у владельца счёта (Анна Петрова)."));
        assertTrue(MetersPage.readOnlyNote(shared, EN).text().contains("ask the account's holder (Анна Петрова) for full access"));
        LinkedAccount unnamed = new LinkedAccount("acc", "8600001", null, AccountKind.UTILITIES, "", BigDecimal.ONE, 1, AccountStatus.OPEN,
                Instant.EPOCH, AccountAccess.VIEW, null);
        assertTrue(MetersPage.readOnlyNote(unnamed, RU).text().endsWith("попросите у владельца счёта полный доступ."));
    }

    @Test
    void theCurlExampleCarriesTheTokenAndAMeter() {
        String curl = TokensPage.curlExample("https://lk.example.ru", "secret-1", "m1");
        assertTrue(curl.contains("Authorization: Bearer secret-1"));
        assertTrue(curl.contains("https://lk.example.ru/api/v1/me/meters"));
        assertTrue(curl.contains("\"meter\":\"m1\""));
    }

    @Test
    void apostrophesSurviveTheFormatting() {
        assertTrue(EN.get("meters.noAccounts").contains("company's letter"));
    }

    @Test
    void everyTextHasItsEnglish() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MeterTextsTest.class.getResourceAsStream("/org/kabinet/meters/ui/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.keySet();
    }

    private static Meter meter(String serial, int zones, LocalDate verification) {
        return new Meter("m-" + serial, "acc", zones == 1 && serial.startsWith("E") || zones > 1 ? Resource.ELECTRICITY : Resource.COLD_WATER,
                serial, "", zones, 5, null, verification, MeterState.ACTIVE, List.of(BigDecimal.ZERO), "");
    }

    private static Reading reading(YearMonth period, ReadingStatus status, boolean current) {
        return new Reading("r", "m1", period, period.atDay(21), Instant.parse("2026-11-21T05:00:00Z"), List.of(BigDecimal.TEN), BigDecimal.ONE,
                status, status == ReadingStatus.REJECTED ? "Меньше предыдущего." : "Расход в 4,2 раза выше среднего.", ReadingSource.CABINET, "t1",
                current);
    }
}
