package org.kabinet.billing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.kabinet.billing.api.LedgerView;
import org.junit.jupiter.api.Test;

class StatementSectionTest {
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aNewAccountStillOffersTheTwelveMonthsOfTheDefaultRange() {
        List<YearMonth> months = BillingPage.statementMonths(ledger(YearMonth.of(2026, 9), YearMonth.of(2026, 10)), NOW);
        assertEquals(12, months.size());
        assertEquals(NOW, months.get(0));
        assertEquals(YearMonth.of(2025, 12), months.get(11));
    }

    @Test
    void anOldAccountOffersEveryMonthBackToItsFirst() {
        List<YearMonth> months = BillingPage.statementMonths(ledger(YearMonth.of(2023, 2), YearMonth.of(2026, 10)), NOW);
        assertEquals(46, months.size());
        assertEquals(YearMonth.of(2023, 2), months.get(months.size() - 1));
    }

    @Test
    void monthsReadAsPeopleSayThem() {
        assertEquals("ноябрь 2026", BillingPage.month(NOW, new Messages(Locale.forLanguageTag("ru"))));
        assertEquals("November 2026", BillingPage.month(NOW, new Messages(Locale.ENGLISH)));
    }

    @Test
    void runStatesAreWords() {
        Messages ru = new Messages(Locale.forLanguageTag("ru"));
        assertEquals("Завершён", DebtSmsAdminPage.state("DONE", ru));
        assertEquals("Идёт", DebtSmsAdminPage.state("RUNNING", ru));
        assertEquals("PAUSED", DebtSmsAdminPage.state("PAUSED", ru));
    }

    @Test
    void everyTextHasItsEnglish() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static java.util.Set<Object> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = StatementSectionTest.class.getResourceAsStream("/org/kabinet/billing/ui/" + file)) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts.keySet();
    }

    private static LedgerView ledger(YearMonth first, YearMonth last) {
        List<LedgerView.MonthRow> rows = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            rows.add(new LedgerView.MonthRow(m, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO));
        }
        return new LedgerView(LocalDate.of(2026, 11, 26), List.of(), rows, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), BigDecimal.ZERO);
    }
}
