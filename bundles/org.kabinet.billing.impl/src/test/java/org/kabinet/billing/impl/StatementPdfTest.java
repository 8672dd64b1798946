package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.Statement;

class StatementPdfTest {
    private final StatementPdf pdf = new StatementPdf(StatementFixture.COMPANY, StatementFixture.BANK);

    @Test
    void theTextIsRussianAndTheAmountsAreFormatted() throws Exception {
        Statement statement = StatementFixture.statement(3);
        String text = text(pdf.render(statement));
        assertTrue(text.contains("Выписка из лицевого счёта № 1234567"), text);
        assertTrue(text.contains("ООО «Управляющая компания „Дом“»"), text);
        assertTrue(text.contains("ИНН 7701234567 · КПП 770101001 · р/с 40702810938000012345 в ПАО Сбербанк"), text);
        assertTrue(text.contains("за период с сентября 2026 по ноябрь 2026"), text);
        assertTrue(text.contains("Иванова Мария Петровна"), text);
        assertTrue(text.contains("54,3 м²"), text);
        // September opens with the fixture's debt; a line is volume, tariff and amount in columns
        assertTrue(text.contains("Сентябрь 2026 Долг на начало месяца: 1 234,56"), text);
        assertTrue(text.contains("Наём жилого помещения 54,3 м² 12,50 678,75"), text);
        assertTrue(text.contains("Холодное водоснабжение (по показаниям счётчика) 5,123 м³ 45,67 233,97"), text);
        assertTrue(text.contains("Перерасчёт: Холодное водоснабжение — показания за октябрь 2026 -100,00"), text);
        assertTrue(text.contains("Оплата 10.10.2026"), text);
        assertTrue(text.contains("Итого за ноябрь 2026"), text);
        assertTrue(text.contains("Долг на конец месяца"), text);
        assertTrue(text.contains("К оплате на 25.11.2026: " + money(statement.toPay()) + " руб. Оплатить до 15.12.2026."), text);
        assertTrue(text.contains("Отсканируйте в приложении банка"), text);
        assertTrue(text.contains("Сформировано 25.11.2026 14:03"), text);
        assertFalse(text.contains("?"), "every character is drawn: " + text);
    }

    @Test
    void theQrCodeOnThePagePaysWhatIsOwed() throws Exception {
        Statement statement = StatementFixture.statement(2);
        byte[] bytes = pdf.render(statement);
        try (PDDocument document = PDDocument.load(bytes)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(PaymentQr.of(StatementFixture.BANK, statement).payload(), decode(document, 0));
        }
    }

    @Test
    void aLongStatementHasPagesEachWithItsFooter() throws Exception {
        byte[] bytes = pdf.render(StatementFixture.statement(36));
        try (PDDocument document = PDDocument.load(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replace('\u00a0', ' ');
                assertTrue(text.contains("стр. " + page + " из " + pages), "page " + page + ": " + text);
                assertTrue(text.contains("Выписка из лицевого счёта № 1234567 ·"), "page " + page + ": " + text);
                if (page > 1 && text.contains("на начало месяца")) {
                    assertTrue(text.contains("Услуга, операция"), "the table header is repeated on page " + page);
                }
            }
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("Декабрь 2023") && all.contains("Ноябрь 2026"), "all 36 months");
        }
    }

    @Test
    void noQrCodeWithoutBankDetailsAndTheStatementSaysWhy() throws Exception {
        byte[] bytes = new StatementPdf(StatementFixture.COMPANY, StatementFixture.NO_BANK).render(StatementFixture.statement(2));
        try (PDDocument document = PDDocument.load(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("QR-код для оплаты не напечатан: банковские реквизиты управляющей компании не заполнены"), text);
            assertTrue(text.contains("по телефону +7 495 123-45-67"), text);
            assertFalse(text.contains("Отсканируйте"), text);
            assertFalse(text.contains("ИНН"), "no empty requisites: " + text);
            assertThrows(NotFoundException.class, () -> decode(document, 0));
        }
    }

    @Test
    void noQrCodeWhenNothingIsOwed() throws Exception {
        byte[] bytes = pdf.render(StatementFixture.paidUp(StatementFixture.statement(2)));
        try (PDDocument document = PDDocument.load(bytes)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertTrue(text.contains("К оплате на 25.11.2026: 0,00 руб."), text);
            assertTrue(text.contains("QR-код для оплаты не напечатан: на 25.11.2026 задолженности нет."), text);
            assertThrows(NotFoundException.class, () -> decode(document, 0));
        }
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = PDDocument.load(bytes)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("[ \\r\\n]+", " ");
        }
    }

    private static String money(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount).replace(',', ' ').replace('.', ',');
    }

    /** Renders a page at 200 dpi, as a scan of the printed page would be, and reads its QR code. */
    static String decode(PDDocument document, int page) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
