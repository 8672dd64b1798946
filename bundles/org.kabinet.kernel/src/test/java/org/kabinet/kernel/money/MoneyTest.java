package org.kabinet.kernel.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepKopecksRoundedHalfUp() {
        assertEquals(new BigDecimal("10.13"), Money.of(new BigDecimal("10.125")));
        assertEquals(new BigDecimal("1234.50"), Money.of("1 234,5"));
        assertEquals(123456, Money.kopecks(new BigDecimal("1234.56")));
    }

    @Test
    void numbersAsWrittenAreReadExactly() {
        assertEquals(new BigDecimal("1234.565"), Money.parse(" 1\u00a0234,565 "));
        assertEquals(new BigDecimal("-120.00"), Money.parse("-120,00"));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> Money.parse("десять"));
    }

    @Test
    void russianAndEnglishFormats() {
        assertEquals("1\u00a0234,56\u00a0₽", Money.format(new BigDecimal("1234.56"), Locale.forLanguageTag("ru")));
        assertEquals("0,00\u00a0₽", Money.format(BigDecimal.ZERO, null));
        assertEquals("RUB 1,234.56", Money.format(new BigDecimal("1234.56"), Locale.ENGLISH));
    }
}
