package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.notifications.api.CompanyProfile;

class CodeLettersTest {
    private final CodeLetters letters = new CodeLetters(new CompanyProfile("УК «Югра-Сервис»", "+7 (3467) 00-00-00",
            "info@example.ru", "г. Ханты-Мансийск, ул. Мира, д. 1", "https://kabinet.example"), java.time.ZoneId.of("Asia/Yekaterinburg"));
    private final List<IssuedCode> codes = List.of(
            new IssuedCode("a1", "8600001", new City("khanty-mansiysk", "Ханты-Мансийск"), "ул. Мира, д. 5, кв. 1",
                    "7KQ2M-D9XWR", Instant.parse("2027-02-22T10:00:00Z")),
            new IssuedCode("a2", "8600002", new City("khanty-mansiysk", "Ханты-Мансийск"), "ул. Мира, д. 5, кв. 1",
                    "ABCDE-12345", Instant.parse("2027-02-22T10:00:00Z")));

    @Test
    void pdfHasOneCyrillicLetterPerAccountWithItsCodeAndThePortal() throws Exception {
        byte[] pdf = letters.pdf(codes);
        try (PDDocument document = PDDocument.load(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(document);
            assertTrue(first.contains("Лицевой счёт № 8600001"), first);
            assertTrue(first.contains("7KQ2M-D9XWR"), first);
            assertTrue(first.contains("https://kabinet.example/"), first);
            assertTrue(first.contains("Зарегистрироваться"), first);
            assertTrue(first.replace("\n", "").contains("https://kabinet.example/#!accounts"), "the letter links to the accounts page: " + first);
            assertTrue(first.contains("22.02.2027"), first);
            text.setStartPage(2);
            text.setEndPage(2);
            assertTrue(text.getText(document).contains("ABCDE-12345"));
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarksInsteadOfAFailure() throws Exception {
        CodeLetters odd = new CodeLetters(new CompanyProfile("УК \u009a «Дом» \u4e2d", "", "", "", "https://kabinet.example"), java.time.ZoneId.of("Asia/Yekaterinburg"));
        try (PDDocument document = PDDocument.load(odd.pdf(codes))) {
            assertTrue(new PDFTextStripper().getText(document).contains("УК ? «Дом»"));
        }
    }

    @Test
    void csvSheetIsReadableBySpreadsheets() {
        String csv = new String(letters.csv(codes), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFnumber;city;address;code;expires\n"));
        assertTrue(csv.contains("\"8600001\";\"Ханты-Мансийск\";\"ул. Мира, д. 5, кв. 1\";7KQ2M-D9XWR;22.02.2027"), csv);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        List<IssuedCode> odd = List.of(new IssuedCode("a3", "-8600003", new City("x", "=HYPERLINK(\"http://evil\";\"Ханты\")"),
                "@SUM(1+1)*cmd|' /C calc'!A0", "+7KQ2M-D9XWR", Instant.parse("2027-02-22T10:00:00Z")),
                new IssuedCode("a4", "8600004", new City("y", "\tСургут"), "\rул. Мира", "-ABCD-12345", Instant.parse("2027-02-22T10:00:00Z")));
        String csv = new String(letters.csv(odd), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"-8600003\";\"'=HYPERLINK(\"\"http://evil\"\";\"\"Ханты\"\")\";\"'@SUM(1+1)*cmd|' /C calc'!A0\";'+7KQ2M-D9XWR;"), csv);
        assertTrue(csv.contains("\"8600004\";\"'\tСургут\";\"'\rул. Мира\";'-ABCD-12345;"), csv);
    }
}
