package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementFilesTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void fileNamesAreLatinWithTheAccountAndMonths() {
        assertEquals("vypiska-1001-2026-01-2026-11.pdf", StatementFiles.name("1001", JANUARY, NOVEMBER));
        assertEquals("vypiska-1001-2026-11.pdf", StatementFiles.name("1001", NOVEMBER, NOVEMBER), "one month is named once");
        String odd = StatementFiles.name("ЛС 10/01", JANUARY, NOVEMBER);
        assertEquals("vypiska-___10_01-2026-01-2026-11.pdf", odd);
        assertTrue(odd.chars().allMatch(c -> c < 128), odd);
    }

    @Test
    void aSourceReadsBackAsItsReference() {
        String source = StatementFiles.source("acc-1", "tenant-7", JANUARY, NOVEMBER);
        assertEquals("statement:acc-1:tenant-7:2026-01:2026-11", source);
        // the outbox hands the source the part after the source's name
        String reference = source.substring(StatementFiles.SOURCE.length() + 1);
        assertEquals(Optional.of(new StatementFiles.Reference("acc-1", "tenant-7", JANUARY, NOVEMBER)), StatementFiles.read(reference));
    }

    @Test
    void malformedReferencesAreEmpty() {
        for (String bad : new String[] {"", "acc-1", "acc-1:tenant-7:2026-01", "acc-1:tenant-7:2026-01:2026-11:more",
                "acc-1:tenant-7:2026-13:2026-11", "acc-1:tenant-7:2026-01:november", "acc-1:tenant-7:2026-1:2026-11",
                "statement:acc-1:tenant-7:2026-01:2026-11"}) {
            assertEquals(Optional.empty(), StatementFiles.read(bad), bad);
        }
    }
}
