package org.kabinet.kernel.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {
    static final class SampleCatalog extends ResourceBundleCatalog {
        SampleCatalog() {
            super("org.kabinet.kernel.error.sample-errors");
        }
    }

    private final ErrorTexts texts = new ErrorTexts(() -> List.of(new SampleCatalog()));

    @Test
    void textComesFromTheCatalogInTheRequestedLanguageWithArguments() {
        ValidationException e = new ValidationException("number", "sample.tooLong", 20);
        assertEquals("Не длиннее 20 символов", texts.of(e, Locale.forLanguageTag("ru-RU")));
        assertEquals("At most 20 characters", texts.of(e, Locale.ENGLISH));
        assertEquals("Не длиннее 20 символов", texts.of(e, Locale.GERMAN), "unsupported languages get Russian");
    }

    @Test
    void theRequestsFirstLanguageDecidesAndRussianIsTheDefault() {
        assertEquals(Locale.ENGLISH, ErrorTexts.supported(List.of(Locale.forLanguageTag("en-GB"), Locale.GERMAN)));
        assertEquals(ErrorTexts.RUSSIAN, ErrorTexts.supported(List.of(Locale.GERMAN, Locale.ENGLISH)));
        assertEquals(ErrorTexts.RUSSIAN, ErrorTexts.supported(List.of()));
    }

    @Test
    void unknownCodeGivesAGeneralSentenceNotTheCode() {
        String text = texts.of(new NotFoundException("nobody.knows"), Locale.ENGLISH);
        assertEquals(ErrorTexts.generic(Locale.ENGLISH), text);
        assertTrue(texts.text("nobody.knows", Locale.ENGLISH).isEmpty());
    }

    @Test
    void logMessageCarriesCodeAndArgumentsOnly() {
        assertEquals("sample.tooLong [20]", new ValidationException("number", "sample.tooLong", 20).getMessage());
    }
}
