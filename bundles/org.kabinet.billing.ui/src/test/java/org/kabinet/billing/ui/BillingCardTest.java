package org.kabinet.billing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BillingCardTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aDueDateAheadIsTheDayToPayBy() {
        assertEquals("до 10.12.2026", BillingCard.due(LocalDate.of(2026, 12, 10), TODAY, new Messages(new Locale("ru"))));
        assertEquals("до 27.11.2026", BillingCard.due(TODAY, TODAY, new Messages(new Locale("ru"))));
        assertEquals("by 10.12.2026", BillingCard.due(LocalDate.of(2026, 12, 10), TODAY, new Messages(Locale.ENGLISH)));
    }

    @Test
    void aDueDatePastSaysOverdueNotPayBy() {
        assertEquals("просрочено с 10.05.2024", BillingCard.due(LocalDate.of(2024, 5, 10), TODAY, new Messages(new Locale("ru"))));
        assertEquals("overdue since 26.11.2026", BillingCard.due(TODAY.minusDays(1), TODAY, new Messages(Locale.ENGLISH)));
    }
}
