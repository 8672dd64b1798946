package org.kabinet.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.PDDocument;
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
}
