package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.SmsRequest;

/** {@link SmsRequest#segments}: 160 GSM 7-bit characters in one SMS, 153 per part; 70 UCS-2, 67 per part. */
class SmsSegmentsTest {

    @Test
    void gsmTextTakes160ThenPartsOf153() {
        assertEquals(1, SmsRequest.segments(""));
        assertEquals(1, SmsRequest.segments("a".repeat(160)));
        assertEquals(2, SmsRequest.segments("a".repeat(161)));
        assertEquals(2, SmsRequest.segments("a".repeat(306)));
        assertEquals(3, SmsRequest.segments("a".repeat(307)));
        String gsm = "Kod: 123456. @£$¥èé_ΔΩ!?".repeat(7);
        assertEquals(1, SmsRequest.segments(gsm.substring(0, 160)), "GSM letters beyond ASCII");
        assertEquals(2, SmsRequest.segments(gsm.substring(0, 161)));
    }

    @Test
    void extensionCharactersCountDouble() {
        assertEquals(1, SmsRequest.segments("€".repeat(80)));
        assertEquals(2, SmsRequest.segments("€".repeat(81)));
        assertEquals(1, SmsRequest.segments("a".repeat(158) + "["));
        assertEquals(2, SmsRequest.segments("a".repeat(159) + "{"));
        assertEquals(2, SmsRequest.segments("a".repeat(304) + "^"));
        assertEquals(3, SmsRequest.segments("a".repeat(305) + "|"));
    }

    @Test
    void cyrillicTakes70ThenPartsOf67() {
        assertEquals(1, SmsRequest.segments("я".repeat(70)));
        assertEquals(2, SmsRequest.segments("я".repeat(71)));
        assertEquals(2, SmsRequest.segments("я".repeat(134)));
        assertEquals(3, SmsRequest.segments("я".repeat(135)));
    }

    // one character outside the GSM alphabet sends the whole text as UCS-2
    @Test
    void oneNonGsmCharacterMakesTheWholeTextUcs2() {
        assertEquals(1, SmsRequest.segments("a".repeat(69) + "ж"));
        assertEquals(2, SmsRequest.segments("a".repeat(70) + "ж"));
        assertEquals(2, SmsRequest.segments("ж" + "a".repeat(70)));
        assertEquals(2, SmsRequest.segments("1\u00a0500,00 ₽ " + "a".repeat(60)), "a no-break space and the rouble sign are not GSM");
        assertEquals(3, SmsRequest.segments("€".repeat(60) + "я".repeat(75)), "extension characters count once in UCS-2");
    }
}
