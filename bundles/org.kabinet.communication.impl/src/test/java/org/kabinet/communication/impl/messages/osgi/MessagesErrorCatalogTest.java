package org.kabinet.communication.impl.messages.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ErrorTexts;

/** Every error code of messages, feedback and files has a Russian and an English text. */
class MessagesErrorCatalogTest {
    private static final String SOURCES = "src/main/java/org/kabinet/communication/impl/";
    private final MessagesErrorCatalog catalog = new MessagesErrorCatalog();

    private static Set<String> codesInSources() throws IOException {
        Pattern literal = Pattern.compile("\"(communication\\.[A-Za-z.]+)\"");
        Set<String> codes = new TreeSet<>();
        for (String part : List.of("messages", "files")) {
            try (Stream<Path> files = Files.walk(Path.of(SOURCES + part))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesErrorCatalog.class.getResourceAsStream("/org/kabinet/communication/impl/messages/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyCodeHasARussianAndAnEnglishText() throws IOException {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() >= 15, codes.toString());
        for (String code : codes) {
            Optional<String> ru = catalog.text(code, ErrorTexts.RUSSIAN);
            Optional<String> en = catalog.text(code, Locale.ENGLISH);
            assertTrue(ru.isPresent(), "no Russian text for " + code);
            assertTrue(en.isPresent(), "no English text for " + code);
            assertFalse(ru.get().equals(en.get()), code);
        }
        assertEquals(keys("errors.properties"), keys("errors_en.properties"), "the same codes in both languages");
        assertTrue(codes.containsAll(keys("errors.properties")), "no text for a code nobody throws");
    }

    @Test
    void textsFillTheirArguments() {
        ErrorTexts texts = new ErrorTexts(() -> List.of(catalog));
        assertEquals("Файл больше 10 МБ. Уменьшите фотографию или отправьте документ частями",
                texts.text("communication.attachment.size", ErrorTexts.RUSSIAN, 10L).orElseThrow());
        assertEquals("Файл должен быть фотографией (JPEG, PNG) или PDF",
                texts.text("communication.attachment.type", ErrorTexts.RUSSIAN).orElseThrow());
        assertEquals("Write the message: 1 to 5,000 characters", texts.text("communication.text", Locale.ENGLISH, 5000).orElseThrow());
    }
}
