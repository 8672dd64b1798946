package org.kabinet.meters.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;

class ConsoleInputTest {
    @Test
    void theCompanysWindowHasNoValue() {
        assertEquals(new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.SOFT),
                ConsoleInput.window(List.of("company", "20", "25", "soft")));
    }

    @Test
    void aCitysWindowNamesTheCity() {
        assertEquals(new WindowRule(WindowRule.Scope.CITY, "khanty-mansiysk", 19, 23, WindowRule.Mode.STRICT),
                ConsoleInput.window(List.of("CITY", "khanty-mansiysk", "19", "23", "STRICT")));
    }

    @Test
    void aBuildingsAddressMayComeQuotedOrInWords() {
        WindowRule quoted = ConsoleInput.window(List.of("BUILDING", "ул. Мира, д. 5", "23", "25", "SOFT"));
        WindowRule words = ConsoleInput.window(List.of("BUILDING", "ул.", "Мира,", "д.", "5", "23", "25", "SOFT"));
        assertEquals("ул. Мира, д. 5", quoted.scopeValue());
        assertEquals(quoted, words);
    }

    @Test
    void aWindowWithoutItsPartsSaysWhatIsExpected() {
        for (List<String> bad : List.of(List.of("CITY", "20", "25", "SOFT"), List.of("COMPANY", "x", "20", "25", "SOFT"),
                List.of("STREET", "x", "20", "25", "SOFT"), List.of("COMPANY", "twenty", "25", "SOFT"), List.of("COMPANY", "20", "25", "LOOSE"),
                List.of("COMPANY", "20", "25"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConsoleInput.window(bad), bad.toString());
            assertTrue(e.getMessage().contains("COMPANY|CITY|BUILDING"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ConsoleInput.window(null));
    }

    @Test
    void initialValuesAreZoneByZoneWithADecimalPoint() {
        assertEquals(List.of(new BigDecimal("1234.5"), new BigDecimal("567.8")), ConsoleInput.values("1234.5, 567.8"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleInput.values("1234.5,"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleInput.values("abc"));
    }

    @Test
    void resourcesDatesAndPeriods() {
        assertEquals(Resource.HOT_WATER, ConsoleInput.resource("hot-water"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleInput.resource("water"));
        assertEquals(LocalDate.of(2030, 1, 31), ConsoleInput.date("2030-01-31", "--verification"));
        assertEquals(null, ConsoleInput.date(null, "--verification"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConsoleInput.date("31.01.2030", "--verification")).getMessage()
                .startsWith("--verification"));
        assertEquals(YearMonth.of(2026, 3), ConsoleInput.period("2026-03"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleInput.period(null));
    }
}
