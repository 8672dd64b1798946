package org.kabinet.communication.impl.announcements.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kabinet.communication.impl.announcements.AnnouncementInputError;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.ValidationException;
import org.junit.jupiter.api.Test;

/** Every error code the announcements name has a Russian and an English text. */
class AnnouncementsErrorCatalogTest {
    private final AnnouncementsErrorCatalog catalog = new AnnouncementsErrorCatalog();

    private static Set<String> codesInSources() throws IOException {
        Pattern literal = Pattern.compile("\"(communication\\.announcement[A-Za-z.]*)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/kabinet/communication/impl/announcements"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnnouncementsErrorCatalog.class.getResourceAsStream("/org/kabinet/communication/impl/announcements/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyCodeHasARussianAndAnEnglishText() throws IOException {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() >= 12, codes.toString());
        for (String code : codes) {
            Optional<String> ru = catalog.text(code, ErrorTexts.RUSSIAN);
            Optional<String> en = catalog.text(code, Locale.ENGLISH);
            assertTrue(ru.isPresent(), "no Russian text for " + code);
            assertTrue(en.isPresent(), "no English text for " + code);
            assertNotEquals(ru.get(), en.get(), code);
        }
        assertEquals(keys("errors.properties"), keys("errors_en.properties"), "the same codes in both languages");
        assertEquals(codes, keys("errors.properties"), "no text for a code nobody throws");
    }

    @Test
    void textsFillTheirArguments() {
        ErrorTexts texts = new ErrorTexts(() -> List.of(catalog));
        assertEquals("Не найдены лицевые счета (2): 0000000, 1111111. Проверьте номера или уберите их из списка",
                texts.of(new ValidationException("accountNumbers", "communication.announcement.accounts", 2, "0000000, 1111111"),
                        ErrorTexts.RUSSIAN));
        assertEquals("The announcement's text is too long: at most 20,000 characters with its formatting. Shorten it or put the details"
                        + " in an attached file",
                texts.of(new AnnouncementInputError("html", "communication.announcement.text", "communication.announcement.text.long", 20_000),
                        Locale.ENGLISH));
    }
}
