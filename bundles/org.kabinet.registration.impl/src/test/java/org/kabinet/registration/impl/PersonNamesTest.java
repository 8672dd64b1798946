package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;

class PersonNamesTest {
    @Test
    void namesAreTidied() {
        assertEquals("Анна Петровна", PersonNames.tidy("  Анна \t Петровна "));
        assertEquals("Д'Артаньян", PersonNames.tidy("Д'Артаньян"));
        assertEquals("Салт-Каримова А.", PersonNames.tidy("Салт-Каримова А."));
        assertEquals("Ёлкина", PersonNames.tidy("Е\u0308лкина"));
        assertEquals("", PersonNames.tidy("   "));
        assertEquals("", PersonNames.tidy(null));
    }

    @Test
    void digitsSymbolsAndMarkupAreRefused() {
        for (String bad : new String[] {"Анна1", "<b>Анна</b>", "-Анна", "Анна\u0000", "Анна; DROP", "http://x"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> PersonNames.tidy(bad), bad);
            assertEquals("name", e.field());
            assertEquals("name.invalid", e.code());
        }
    }

    @Test
    void tooLongIsRefusedWithTheLimit() {
        ValidationException e = assertThrows(ValidationException.class, () -> PersonNames.tidy("Я".repeat(61)));
        assertEquals("name.tooLong", e.code());
        assertEquals(PersonNames.tidy("Я".repeat(60)).length(), 60);
    }
}
