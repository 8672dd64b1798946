package org.kabinet.meters.impl.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.impl.InputError;

/** Every error code the module's code names has a Russian and an English text. */
class MetersErrorCatalogTest {
    private final MetersErrorCatalog catalog = new MetersErrorCatalog();

    /** The {@code "meters.…"} literals of the module's main sources: codes and text keys. */
    private static Set<String> codesInSources() throws IOException {
        Pattern literal = Pattern.compile("\"(meters\\.[A-Za-z.]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
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
        try (InputStream in = MetersErrorCatalog.class.getResourceAsStream("/org/kabinet/meters/impl/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyCodeHasARussianAndAnEnglishText() throws IOException {
        Set<String> codes = codesInSources();
        assertTrue(codes.size() > 30, codes.toString());
        for (String code : codes) {
            Optional<String> ru = catalog.text(code, ErrorTexts.RUSSIAN);
            Optional<String> en = catalog.text(code, Locale.ENGLISH);
            assertTrue(ru.isPresent(), "no Russian text for " + code);
            assertTrue(en.isPresent(), "no English text for " + code);
            assertFalse(ru.get().equals(en.get()), code);
        }
        assertEquals(keys("errors.properties"), keys("errors_en.properties"), "the same codes in both languages");
        assertTrue(codes.containsAll(keys("errors.properties")), "no text for a code nobody throws");
        assertEquals(Optional.empty(), catalog.text("billing.period.closed", ErrorTexts.RUSSIAN), "only the module's own codes");
    }

    @Test
    void textsFillTheirArgumentsAndAnInputErrorShowsItsOwnText() {
        ErrorTexts texts = new ErrorTexts(() -> List.of(catalog));
        KabinetException e = new InputError("values", "meters.values", "meters.values.digits", 5);
        assertEquals("Показание не помещается в счётчик: у него 5 знаков до запятой. Проверьте, не лишняя ли цифра",
                texts.of(e, ErrorTexts.RUSSIAN));
        assertEquals("A meter's name is at most 40 characters", texts.text("meters.name", Locale.ENGLISH, 40).orElseThrow());
        assertEquals("The company's submission window cannot be removed, only changed",
                texts.text("meters.window.company", Locale.ENGLISH).orElseThrow(), "no argument: the text as written");
    }
}
