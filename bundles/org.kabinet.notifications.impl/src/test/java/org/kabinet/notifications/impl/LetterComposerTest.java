package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.CompanyProfile;

class LetterComposerTest {
    private final LetterComposer composer = new LetterComposer(
            new CompanyProfile("УК «Дом»", "+7 3467 11-22-33", "", "Сургут", "https://kabinet.example"), "noreply@kabinet.local");

    @Test
    void htmlEscapesTheBodyAndKeepsParagraphs() {
        ComposedLetter letter = composer.compose(new QueuedLetter("1", "k", "a@b.ru", "Тема",
                "Первый <b>абзац</b> & ещё\n\nВторой абзац", "https://kabinet.example/x?a=1&b=2", "Открыть", 0));

        assertTrue(letter.html().contains("Первый &lt;b&gt;абзац&lt;/b&gt; &amp; ещё"), letter.html());
        assertFalse(letter.html().contains("<b>абзац"), "tenant-visible text never becomes markup");
        assertTrue(letter.html().contains("</p><p>Второй абзац</p>"), letter.html());
        assertTrue(letter.html().contains("href=\"https://kabinet.example/x?a=1&amp;b=2\""), letter.html());
    }

    @Test
    void bothAlternativesCarryTheLinkAndOnlyTheContactsThatAreSet() {
        ComposedLetter letter = composer.compose(new QueuedLetter("1", "k", "a@b.ru", "Тема", "Текст",
                "https://kabinet.example/confirmemail/t/", "Подтвердить", 0));

        assertTrue(letter.text().contains("Подтвердить: https://kabinet.example/confirmemail/t/"), letter.text());
        assertTrue(letter.text().contains("Телефон: +7 3467 11-22-33"));
        assertFalse(letter.text().contains("E-mail:"), "an empty contact is left out");
        assertTrue(letter.html().contains("Телефон: +7 3467 11-22-33"));
    }
}
