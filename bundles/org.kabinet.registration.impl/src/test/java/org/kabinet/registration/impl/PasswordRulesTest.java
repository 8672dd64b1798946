package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;

class PasswordRulesTest {
    private static final PasswordPolicy SHIPPED = PasswordPolicy.withShippedList();

    private static String code(String password) {
        return assertThrows(ValidationException.class, () -> SHIPPED.check(password, "tenant@example.ru")).code();
    }

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertTrue(SHIPPED.size() >= 10_000, "list has " + SHIPPED.size());
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertEquals("password.tooShort", code("короткий1"));
        assertDoesNotThrow(() -> SHIPPED.check("🏠🏠🔑🔑🌲🌲🌊🌊☀☀❄x", "tenant@example.ru"));
        assertDoesNotThrow(() -> SHIPPED.check("ё".repeat(127) + "ж", "tenant@example.ru"));
        assertEquals("password.tooLong", code("ж".repeat(129)));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("password.common", code("1qaz2wsx3edc"));
        assertEquals("password.common", code("1QAZ2WSX3EDC"));
        assertEquals("password.common", code("aaaaaaaaaaaaaa"));
    }

    @Test
    void noCompositionRulesApply() {
        assertDoesNotThrow(() -> SHIPPED.check("все буквы строчные без цифр", "tenant@example.ru"));
    }

    @Test
    void passwordMayNotBeTheEmail() {
        assertEquals("password.likeEmail", assertThrows(ValidationException.class,
                () -> SHIPPED.check("Tenant.Long.Name@example.ru", "tenant.long.name@example.ru")).code());
    }

    @Test
    void argon2idWithRecommendedParametersAndARandom16ByteSalt() {
        PasswordHasher hasher = PasswordHasher.recommended(new SecureRandom());
        String hash = hasher.hash("длинный пароль из слов");
        String[] parts = hash.split("\\$");
        assertEquals("argon2id", parts[1]);
        assertEquals("m=19456,t=2,p=1", parts[3]);
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length);
        assertTrue(hasher.verify("длинный пароль из слов", hash));
        assertFalse(hasher.verify("длинный пароль из слов!", hash));
        assertNotEquals(hash, hasher.hash("длинный пароль из слов"), "each hash has its own salt");
    }

    @Test
    void sameTextTypedInAnotherUnicodeFormVerifies() {
        PasswordHasher hasher = new PasswordHasher(64, 1, 1, new SecureRandom(), HashingGate.perCore());
        String composed = "пароль с буквой й и ё внутри";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertTrue(hasher.verify(decomposed, hasher.hash(composed)));
    }

    @Test
    void letterLimitRecordsOnlyTheLastHour() {
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        String times = LetterLimit.record(null, t);
        times = LetterLimit.record(times, t.plusSeconds(40));
        assertEquals(2, times.split(",").length);
        assertEquals(String.valueOf(t.plusSeconds(3700).toEpochMilli()), LetterLimit.record(times, t.plusSeconds(3700)),
                "letters older than an hour are forgotten");
    }
}
