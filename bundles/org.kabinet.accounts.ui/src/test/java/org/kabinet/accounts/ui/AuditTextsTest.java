package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    @Test
    void householdEventsHaveNamesInBothLanguages() {
        Messages ru = new Messages(Locale.forLanguageTag("ru"));
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals("Приглашение в семью", AuditTexts.event("INVITED", ru));
        assertEquals("Принято приглашение", AuditTexts.event("JOINED", ru));
        assertEquals("Доступ отозван владельцем", AuditTexts.event("ACCESS_REVOKED", ru));
        assertEquals("Доступ закончился: владелец отвязал счёт", AuditTexts.event("ACCESS_ENDED", ru));
        assertEquals("Участник покинул счёт", AuditTexts.event("LEFT", ru));
        assertEquals("Приглашение отменено", AuditTexts.event("INVITE_CANCELLED", ru));
        for (String type : new String[] {"INVITED", "JOINED", "ACCESS_REVOKED", "ACCESS_ENDED", "LEFT", "INVITE_CANCELLED"}) {
            org.junit.jupiter.api.Assertions.assertNotEquals(type, AuditTexts.event(type, en), type + " in English");
        }
    }

    @Test
    void anEventTypeThePageDoesNotKnowShowsAsItIs() {
        assertEquals("SOMETHING_NEW", AuditTexts.event("SOMETHING_NEW", new Messages(Locale.forLanguageTag("ru"))));
        assertEquals("Счёт привязан", AuditTexts.event("LINKED", new Messages(Locale.forLanguageTag("ru"))));
    }
}
