package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.BankDetails;

class PaymentQrTest {
    private static final BankDetails BANK = StatementFixture.BANK;

    @Test
    void payloadHasTheHeaderAndTheFieldsInTheStandardsOrder() {
        PaymentQr qr = PaymentQr.of(BANK, "1234567", new BigDecimal("2012.34"), "Оплата ЖКУ по л/с 1234567 за ноябрь 2026");
        assertEquals("ST00012|Name=ООО «УК „Дом“»|PersonalAcc=40702810938000012345|BankName=ПАО Сбербанк"
                + "|BIC=044525225|CorrespAcc=30101810400000000225|PayeeINN=7701234567|KPP=770101001"
                + "|persAcc=1234567|Sum=201234|Purpose=Оплата ЖКУ по л/с 1234567 за ноябрь 2026", qr.payload());
    }

    @Test
    void sumIsInWholeKopecksAndLeftOutWhenNothingIsOwed() {
        assertTrue(PaymentQr.of(BANK, "1", new BigDecimal("1234.5"), "x").payload().contains("|Sum=123450|"));
        assertTrue(PaymentQr.of(BANK, "1", new BigDecimal("0.01"), "x").payload().contains("|Sum=1|"));
        assertFalse(PaymentQr.of(BANK, "1", BigDecimal.ZERO, "x").payload().contains("Sum="));
        assertFalse(PaymentQr.of(BANK, "1", new BigDecimal("-50.00"), "x").payload().contains("Sum="));
    }

    @Test
    void aSeparatorOrLineBreakInAValueBecomesASpaceAndValuesAreTrimmed() {
        BankDetails bank = new BankDetails("  ООО |УК|\nДом ", "7701234567", "", "40702810938000012345", "ПАО Сбербанк",
                "044525225", "30101810400000000225");
        String payload = PaymentQr.of(bank, " 1234567 ", new BigDecimal("10"), "за | ноябрь").payload();
        assertTrue(payload.startsWith("ST00012|Name=ООО УК Дом|PersonalAcc="), payload);
        assertTrue(payload.contains("|persAcc=1234567|"), payload);
        assertTrue(payload.endsWith("|Purpose=за ноябрь"), payload);
        assertEquals(10, payload.split("\\|").length, "the header and nine fields (no КПП): " + payload);
    }

    @Test
    void kppOnlyWhenGiven() {
        BankDetails withoutKpp = new BankDetails("ИП Петров", "770123456789", "", "40802810938000012345", "ПАО Сбербанк",
                "044525225", "30101810400000000225");
        String payload = PaymentQr.of(withoutKpp, "1", BigDecimal.TEN, "x").payload();
        assertFalse(payload.contains("KPP"), payload);
        assertTrue(payload.contains("|PayeeINN=770123456789|persAcc=1|"), payload);
    }

    @Test
    void purposeNamesTheAccountAndTheMonthAndStaysWithinTheStandardsLength() {
        assertEquals("Оплата ЖКУ по л/с 1234567 за ноябрь 2026", PaymentQr.purpose("1234567", YearMonth.of(2026, 11)));
        String payload = PaymentQr.of(BANK, "1", BigDecimal.TEN, "Оплата ".repeat(50)).payload();
        String purpose = payload.substring(payload.indexOf("Purpose=") + "Purpose=".length());
        assertTrue(purpose.length() <= 210, purpose.length() + " characters");
    }

    @Test
    void incompleteBankDetailsMakeNoCode() {
        assertThrows(IllegalArgumentException.class,
                () -> PaymentQr.of(StatementFixture.NO_BANK, "1234567", BigDecimal.TEN, "x"));
    }

    @Test
    void cyrillicSurvivesEncodingAndDecoding() throws Exception {
        PaymentQr qr = PaymentQr.of(BANK, "1234567", new BigDecimal("2012.34"), "Оплата ЖКУ по л/с 1234567 за ноябрь 2026");
        BitMatrix matrix = qr.matrix();
        assertEquals(matrix.getWidth(), matrix.getHeight());
        assertTrue(matrix.get(0, 0), "no quiet zone: the finder pattern starts at the corner");
        assertEquals(qr.payload(), decode(matrix));
    }

    /** Draws the matrix 4 pixels a module with a quiet zone of 4 modules and reads it back. */
    static String decode(BitMatrix matrix) throws Exception {
        int scale = 4;
        int quiet = 4 * scale;
        int size = matrix.getWidth() * scale + 2 * quiet;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int column = (x - quiet) / scale;
                int row = (y - quiet) / scale;
                boolean dark = x >= quiet && y >= quiet && column < matrix.getWidth() && row < matrix.getHeight()
                        && matrix.get(column, row);
                pixels[y * size + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
