package org.kabinet.notifications.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsRequestTest {

    @Test
    void typedMobileNumbersBecomeTenDigits() {
        for (String typed : new String[] {"9123456789", "+7 912 345-67-89", "8 (912) 345 67 89", "79123456789"}) {
            assertEquals(Optional.of("9123456789"), SmsRequest.phoneDigits(typed), typed);
        }
        for (String bad : new String[] {"912345678", "+1 912 345 67 89", "69123456789", "телефон", "", null}) {
            assertTrue(SmsRequest.phoneDigits(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
