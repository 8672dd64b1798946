package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.ValidationException;

class ErrorTextsTest {
    private final CommunicationRestErrorCatalog catalog = new CommunicationRestErrorCatalog();

    /** The codes the resources throw themselves, read from their source. */
    private static Set<String> codesInSource() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern code = Pattern.compile("\"(communication\\.request\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeTheResourcesUseHasARussianAndAnEnglishText() throws IOException {
        Set<String> codes = codesInSource();
        assertEquals(Set.of("communication.request.choice", "communication.request.missing", "communication.request.instant",
                "communication.request.audience"), codes);
        for (String code : codes) {
            String ru = catalog.text(code, ErrorTexts.RUSSIAN).orElse(null);
            String en = catalog.text(code, Locale.ENGLISH).orElse(null);
            assertTrue(ru != null && !ru.isBlank(), "ru " + code);
            assertTrue(en != null && !en.isBlank(), "en " + code);
            assertFalse(ru.equals(en), "en is a translation: " + code);
        }
    }

    @Test
    void argumentsFillTheText() {
        ErrorTexts texts = new ErrorTexts(() -> List.of(catalog));
        var e = new ValidationException("topic", "communication.request.choice", "LEAK", "CHARGES, OTHER");
        assertEquals("Значение «LEAK» не из списка допустимых: CHARGES, OTHER", texts.of(e, ErrorTexts.RUSSIAN));
        assertEquals("«LEAK» is not one of: CHARGES, OTHER", texts.of(e, Locale.ENGLISH));
    }

    @Test
    void theDomainsCodesAreNotThisCatalogs() {
        assertTrue(catalog.text("communication.attachment.size", ErrorTexts.RUSSIAN).isEmpty());
    }
}
