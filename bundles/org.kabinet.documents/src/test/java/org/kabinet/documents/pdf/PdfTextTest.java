package org.kabinet.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void cyrillicTextIsEmbeddedAndReadBack() throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText()) {
            pdf.paragraph(PdfText.Style.TITLE, "Выписка из лицевого счёта № 8600001");
            pdf.paragraph(PdfText.Style.BODY, "Наём жилого помещения: 1 234,56 ₽");
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Выписка из лицевого счёта № 8600001"), text);
            assertTrue(text.contains("1 234,56 руб."), "the font has no ₽: " + text);
        }
    }

    @Test
    void aLongTextWrapsAndContinuesOnTheNextPage() throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText()) {
            for (int month = 1; month <= 120; month++) {
                pdf.paragraph(PdfText.Style.BODY, "Месяц " + month + ": начислено за наём, содержание и ремонт, "
                        + "холодное и горячее водоснабжение, отопление и электроснабжение по тарифам управляющей компании");
            }
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            assertTrue(document.getNumberOfPages() > 3, "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Месяц 120:"), "nothing is lost at the bottom of a page");
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarks() throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText()) {
            pdf.newPage().paragraph(PdfText.Style.BODY, "УК \u009a «Дом» \u4e2d");
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("УК ? «Дом» ?"));
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndEveryPageIsNumbered() throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText(40)) {
            pdf.footer("Выписка № 8600001");
            PdfText.Table table = pdf.table(PdfText.Column.left(0), PdfText.Column.right(90));
            table.header("Услуга", "Сумма, руб.");
            for (int month = 1; month <= 150; month++) {
                table.row("Наём жилого помещения, месяц " + month, month + ",00");
            }
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Услуга Сумма, руб."), "header on page " + page + ": " + text);
                assertTrue(text.contains("Выписка № 8600001"), "footer on page " + page);
                assertTrue(text.contains("стр. " + page + " из " + pages), "page number on page " + page);
            }
            assertTrue(new PDFTextStripper().getText(document).contains("месяц 150 150,00"), "nothing is lost");
        }
    }

    @Test
    void aWordLongerThanItsColumnIsBrokenNotCut() throws Exception {
        String address = "office.of.the.managing.company.of.the.house@very-long-domain-name.example.ru";
        byte[] bytes;
        try (PdfText pdf = new PdfText()) {
            pdf.table(PdfText.Column.left(80), PdfText.Column.left(0)).row(address, "второй столбец");
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.replaceAll("\\s", "").contains(address), text);
            assertTrue(text.lines().count() >= 3, "the address takes several lines: " + text);
        }
    }

    @Test
    void aQrCodeIsDrawnModuleByModule() throws Exception {
        boolean[][] modules = new boolean[21][21];
        for (int row = 0; row < 21; row++) {
            for (int column = 0; column < 21; column++) {
                modules[row][column] = (row + column) % 2 == 0;
            }
        }
        byte[] bytes;
        try (PdfText pdf = new PdfText()) {
            pdf.qrCode(modules, 84, "Отсканируйте", new PdfText.Text(PdfText.Style.BODY, "Оплата по QR-коду"));
            bytes = pdf.toBytes();
        }
        try (PDDocument document = PDDocument.load(bytes)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            // 4 pt a module, after the 60 pt margin and a quiet zone of 4 modules: module (r, c) centres at 78 + 4c, 78 + 4r
            for (int row = 0; row < 21; row++) {
                for (int column = 0; column < 21; column++) {
                    int luminance = page.getRGB(78 + 4 * column, 78 + 4 * row) & 0xFF;
                    assertEquals(modules[row][column], luminance < 128, "module " + row + ", " + column);
                }
            }
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Отсканируйте") && text.contains("Оплата по QR-коду"), text);
        }
    }
}
