package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;

class AccountRulesTest {
    private final RegistrationCodes codes = new RegistrationCodes(new SecureRandom());

    @Test
    void codesAreTenCrockfordCharactersShownInTwoGroups() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            seen.add(code);
        }
        assertEquals(2000, seen.size(), "50 random bits do not repeat in 2000 draws");
        assertTrue(RegistrationCodes.ALPHABET.length() == 32 && RegistrationCodes.LENGTH * 5 >= 50, "at least 50 bits");
    }

    @Test
    void typedCodesAreForgiving() {
        assertEquals("0123456789", RegistrationCodes.normalize("o1234-56789"));
        assertEquals("1ABCD1EFGH", RegistrationCodes.normalize(" iabcd lefgh "));
        assertNull(RegistrationCodes.normalize("ABCDE-FGHJ"), "too short");
        assertNull(RegistrationCodes.normalize("ABCDE-FGHJU"), "U is not in the alphabet");
    }

    @Test
    void onlyTheHashIsKeptAndItMatchesTheTypedForm() {
        String code = codes.generate();
        String hash = codes.hash(code);
        assertFalse(hash.contains(code.replace("-", "")));
        assertTrue(RegistrationCodes.matches(code.toLowerCase().replace("-", " "), hash));
        assertFalse(RegistrationCodes.matches(codes.generate(), hash));
        assertFalse(RegistrationCodes.matches("garbage", hash));
    }

    @Test
    void phonesInCommonShapesBecomeTenDigits() {
        assertEquals("9123456789", PhoneNumbers.normalize("9123456789"));
        assertEquals("9123456789", PhoneNumbers.normalize("+7 912 345-67-89"));
        assertEquals("9123456789", PhoneNumbers.normalize("8 (912) 345 67 89"));
        assertEquals("9123456789", PhoneNumbers.normalize("79123456789"));
    }

    @Test
    void otherPhonesGetAClearMessage() {
        for (String bad : new String[] {"912345678", "+1 912 345 67 89", "3467123456", "телефон", "8 912 345 67 899"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumbers.normalize(bad), bad);
            assertEquals("phone", e.field());
            assertEquals("phone.invalid", e.code());
            assertTrue(AccountErrorTextsTest.TEXTS.of(e, java.util.Locale.forLanguageTag("ru")).contains("10 цифр"));
            assertTrue(AccountErrorTextsTest.TEXTS.of(e, java.util.Locale.ENGLISH).contains("10 digits"));
        }
    }

    @Test
    void citySlugsAreLatin() {
        assertEquals("khanty-mansiysk", Slugs.of("Ханты-Мансийск", id -> false));
        assertEquals("pyt-yakh", Slugs.of("Пыть-Ях", id -> false));
        assertEquals("surgut-2", Slugs.of("Сургут", id -> id.equals("surgut")));
    }
}
