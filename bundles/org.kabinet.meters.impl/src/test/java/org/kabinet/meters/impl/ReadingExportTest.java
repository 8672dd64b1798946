package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;

/** The export is opened in spreadsheets: no cell of it runs as a formula. */
class ReadingExportTest {
    @Test
    void textCellsThatWouldRunAsFormulasGetAnApostropheNumbersStay() {
        Meter meter = new Meter("m1", "a1", Resource.COLD_WATER, "=1+2", "", 1, 5, LocalDate.of(2025, 1, 1),
                LocalDate.of(2031, 1, 1), MeterState.ACTIVE, List.of(BigDecimal.ZERO), "");
        Reading reading = new Reading("r1", "m1", YearMonth.of(2026, 11), LocalDate.of(2026, 11, 5), Instant.parse("2026-11-05T08:00:00Z"),
                List.of(new BigDecimal("12.25")), new BigDecimal("-1.50"), ReadingStatus.ACCEPTED, null, ReadingSource.STAFF, "x", true);
        String csv = new String(ReadingExport.csv(List.of(reading), Map.of("m1", meter),
                Map.of("a1", new AccountPlaces.Place("a1", "-86/1", "c", "@Сургут", "ул. 1"))), StandardCharsets.UTF_8);
        assertTrue(csv.endsWith("\n'-86/1;'@Сургут;'=1+2;COLD_WATER;2026-11;2026-11-05;12.25;;;-1.5;ACCEPTED;STAFF\n"), csv);
    }

    @Test
    void aCellIsNeutralisedBeforeItIsQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")\"", CsvValues.field("=HYPERLINK(\"http://x\";\"a\")"));
        assertEquals("'\tх", CsvValues.field("\tх"));
        assertEquals("\"'\rх\"", CsvValues.field("\rх"));
        assertEquals("-12,50", CsvValues.field("-12,50"));
        assertEquals("+7", CsvValues.field("+7"));
        assertEquals("СВ-1", CsvValues.field("СВ-1"));
    }
}
