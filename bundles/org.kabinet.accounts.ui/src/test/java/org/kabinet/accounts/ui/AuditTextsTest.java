package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class AuditTextsTest {
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Asia/Yekaterinburg"));

    @Test
    void instantsBecomeLocalDates() {
        assertEquals("код действует до 24.02.2027 05:20",
                AuditTexts.humanDates("код действует до 2027-02-24T00:20:31.123456789Z", time));
        assertEquals("с 01.01.2027 05:00 по 01.02.2027 05:00",
                AuditTexts.humanDates("с 2027-01-01T00:00:00Z по 2027-02-01T00:00:00Z", time));
    }

    @Test
    void otherTextStaysAsItIs() {
        assertEquals("счёт 8600001", AuditTexts.humanDates("счёт 8600001", time));
        assertEquals("", AuditTexts.humanDates("", time));
        assertEquals("", AuditTexts.humanDates(null, time));
        assertEquals("2027-13-45T99:99:99Z $1", AuditTexts.humanDates("2027-13-45T99:99:99Z $1", time));
    }
}
