package org.kabinet.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
    @Test
    void escapesWhatJsonAndJavaScriptNeed() {
        assertEquals("\"Кран \\\"течёт\\\"\\n\\\\ \\t\\r \\u0001 \\u2028\"", JsonStrings.quoted("Кран \"течёт\"\n\\ \t\r \u0001 \u2028"));
        assertEquals("\"\"", JsonStrings.quoted(""));
    }
}
