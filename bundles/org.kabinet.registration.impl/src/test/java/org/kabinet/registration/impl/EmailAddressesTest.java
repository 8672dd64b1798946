package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kabinet.kernel.error.ValidationException;

/** Only a plain addr-spec is an identity: what is stored is exactly where the letters go. */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.c, x@y.z",          // two addresses: one stored, both mailed
            "a@b.ru,x@y.ru",
            "\"a\"@b.ru",            // quoted local part
            "\"a@x.ru\"@b.ru",
            "<a@b.ru>",              // angle brackets
            "a@b.ru>",
            "Иван <a@b.ru>",         // display name
            "a b@c.ru",              // space inside
            "a@b .ru",
            "a(comment)@b.ru",       // comment
            "a@b.ru;x@y.ru",
            "a:b@c.ru",
            "a@b.ru\r\nBcc: x@y.ru", // header injection
            "a\t@b.ru",
            "a\u0000@b.ru",
            "a@@b.ru", "@b.ru", "a@", "a@b", "a@.ru", "a@b..ru", "a@b.ru.", "a@-b.ru", "a@b-.ru",
            ".a@b.ru", "a.@b.ru", "a..b@c.ru",
            "a@[127.0.0.1]", "a@127.0.0.1",
            "a@b_c.ru", "a@b.r u",
            "a@пример.рф>",
    })
    void refusesAnythingButAPlainAddress(String address) {
        ValidationException e = assertThrows(ValidationException.class, () -> EmailAddresses.normalize(address), address);
        assertEquals("email", e.field());
        assertEquals("email.invalid", e.code(), "the existing field error");
    }

    @Test
    void acceptsPlainAddressesTrimmedInLowerCase() {
        assertEquals("tenant@example.ru", EmailAddresses.normalize("  Tenant@Example.RU "));
        assertEquals("ivan.petrov+kabinet@mail.example.ru", EmailAddresses.normalize("ivan.petrov+kabinet@mail.example.ru"));
        assertEquals("o'brien_1-2@a-b.c0.ru", EmailAddresses.normalize("o'brien_1-2@a-b.c0.ru"));
        assertEquals("a@b.co", EmailAddresses.normalize("a@b.co"));
    }

    @Test
    void lengthsAreThoseOfSmtp() {
        String local64 = "a".repeat(64);
        assertEquals(local64 + "@b.ru", EmailAddresses.normalize(local64 + "@b.ru"));
        assertThrows(ValidationException.class, () -> EmailAddresses.normalize("a" + local64 + "@b.ru"));
        String label63 = "d".repeat(63);
        assertEquals("a@" + label63 + ".ru", EmailAddresses.normalize("a@" + label63 + ".ru"));
        assertThrows(ValidationException.class, () -> EmailAddresses.normalize("a@d" + label63 + ".ru"));
        String domain = (label63 + ".").repeat(3) + "d".repeat(57) + ".ru";
        assertEquals(254, ("a@" + domain).length());
        assertEquals("a@" + domain, EmailAddresses.normalize("a@" + domain));
        assertThrows(ValidationException.class, () -> EmailAddresses.normalize("ab@" + domain));
        assertThrows(ValidationException.class, () -> EmailAddresses.normalize("a@b.ru" + " ".repeat(5000) + "x"));
    }

    @Test
    void aCyrillicDomainIsKeptInItsAsciiFormSoBothSpellingsAreOneIdentity() {
        assertEquals("ivan@xn--e1afmkfd.xn--p1ai", EmailAddresses.normalize("ivan@пример.рф"));
        assertEquals("ivan@xn--e1afmkfd.xn--p1ai", EmailAddresses.normalize("Ivan@ПРИМЕР.РФ"));
        assertEquals("ivan@xn--e1afmkfd.xn--p1ai", EmailAddresses.normalize("ivan@xn--e1afmkfd.xn--p1ai"));
    }

    @Test
    void aCyrillicLocalPartIsRefusedWithItsOwnMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> EmailAddresses.normalize("иван@пример.рф"));
        assertEquals("email", e.field());
        assertEquals("email.localNotLatin", e.code());
        assertEquals("email.invalid", assertThrows(ValidationException.class,
                () -> EmailAddresses.normalize("иван <a@b.ru>")).code());
    }
}
