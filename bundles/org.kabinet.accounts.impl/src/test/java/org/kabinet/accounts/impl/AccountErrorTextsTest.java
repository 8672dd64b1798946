package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountErrors;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.kernel.error.ErrorTexts;

/** Every error code the accounts module can raise reads well in Russian and in English. */
class AccountErrorTextsTest {
    static final ErrorTexts TEXTS = new ErrorTexts(() -> List.of(new AccountErrors()));
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern RAISED = Pattern.compile(
            "(?:ValidationException|PhoneVerificationException)\\((?:\"\\w+\"|null), \"([a-z]+\\.[A-Za-z.]+)\"|PhoneVerificationException\\(\"([a-z]+\\.[A-Za-z.]+)\"");

    @Test
    void everyCodeRaisedInTheModuleHasARussianAndAnEnglishText() throws IOException {
        Set<String> raised = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../org.kabinet.accounts.rest/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = RAISED.matcher(Files.readString(f));
                    while (m.find()) {
                        raised.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        raised.remove("request.empty"); // the API core's own code
        assertTrue(raised.size() > 15, "the scan finds the module's codes: " + raised);
        for (String code : raised) {
            String ru = TEXTS.text(code, RU, 3).orElse(null);
            String en = TEXTS.text(code, Locale.ENGLISH, 3).orElse(null);
            assertTrue(ru != null && en != null, code + " has no text");
            assertFalse(ru.equals(en), code + " is not translated");
        }
    }

    @Test
    void bothLanguagesHaveTheSameCodes() throws IOException {
        assertEquals(keys("errors.properties"), keys("errors_en.properties"));
    }

    @Test
    void exceptionsWithoutAFieldAlsoRead() {
        assertTrue(TEXTS.of(new LinkRefusedException(), Locale.ENGLISH).startsWith("No such account"));
        assertEquals("Лицевой счёт не найден", TEXTS.of(new NotFoundException(), RU));
        assertEquals("Wrong code. Tries left: 2.", TEXTS.of(new PhoneVerificationException("phone.code.wrong", 2), Locale.ENGLISH));
        assertEquals("Неверный код. Попытки закончились: запросите новый код.",
                TEXTS.of(new PhoneVerificationException("phone.code.wrong", 0), RU));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccountErrors.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
