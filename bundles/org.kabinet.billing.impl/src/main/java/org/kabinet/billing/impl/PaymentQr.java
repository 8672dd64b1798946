package org.kabinet.billing.impl;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.kabinet.billing.api.Statement;
import org.kabinet.kernel.money.Money;
import org.kabinet.notifications.api.BankDetails;

/**
 * A payment QR code as Russian banks' apps read it (ГОСТ Р 56042-2014, «Стандарты финансовых операций.
 * Двумерные символы штрихового кода для осуществления платежей физических лиц»): the header
 * {@code ST0001}, the encoding tag {@code 2} (UTF-8), then {@code key=value} fields separated by
 * {@code |} — the five mandatory ones (Name, PersonalAcc, BankName, BIC, CorrespAcc) first, in that
 * order, then the payee's ИНН and КПП, the payer's personal account, the sum in kopecks and the purpose.
 *
 * @param payload the text the code carries
 */
public record PaymentQr(String payload) {
    private static final String HEADER = "ST00012";
    private static final String SEPARATOR = "|";
    // the standard's maximum lengths, in characters
    private static final int NAME_MAX = 160;
    private static final int BANK_NAME_MAX = 45;
    private static final int PURPOSE_MAX = 210;

    /**
     * The code for paying {@code sum} to the company's account for personal account {@code accountNumber}.
     * A sum of zero or less is left out: the payer types it in the bank's app.
     *
     * @throws IllegalArgumentException when the bank details are not {@linkplain BankDetails#complete() complete}
     */
    public static PaymentQr of(BankDetails bank, String accountNumber, BigDecimal sum, String purpose) {
        if (!bank.complete()) {
            throw new IllegalArgumentException("a payment QR code needs complete bank details");
        }
        StringBuilder payload = new StringBuilder(HEADER);
        field(payload, "Name", bank.payee(), NAME_MAX);
        field(payload, "PersonalAcc", bank.account(), 0);
        field(payload, "BankName", bank.bankName(), BANK_NAME_MAX);
        field(payload, "BIC", bank.bic(), 0);
        field(payload, "CorrespAcc", bank.correspondentAccount(), 0);
        field(payload, "PayeeINN", bank.inn(), 0);
        field(payload, "KPP", bank.kpp(), 0);
        field(payload, "persAcc", accountNumber, 0);
        if (sum != null && sum.signum() > 0) {
            field(payload, "Sum", Long.toString(Money.kopecks(sum)), 0);
        }
        field(payload, "Purpose", purpose, PURPOSE_MAX);
        return new PaymentQr(payload.toString());
    }

    /** The code for paying what a statement says is to pay, for its last month. */
    public static PaymentQr of(BankDetails bank, Statement statement) {
        return of(bank, statement.accountNumber(), statement.toPay(), purpose(statement.accountNumber(), statement.to()));
    }

    /** The usual purpose of a tenant's payment: «Оплата ЖКУ по л/с 1234567 за ноябрь 2026». */
    public static String purpose(String accountNumber, YearMonth month) {
        return "Оплата ЖКУ по л/с " + accountNumber + " за " + MonthNames.of(month);
    }

    /** The QR code's modules, without a quiet zone: error correction level M (15 %), UTF-8 text. */
    public BitMatrix matrix() {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            // only a text beyond a QR code's capacity (about 1 300 Cyrillic letters at level M); ours is a few hundred bytes
            throw new IllegalStateException("the payment QR code cannot be encoded", e);
        }
    }

    /** The modules as {@code [row][column]}, {@code true} for dark: what a PDF draws. */
    public boolean[][] modules() {
        BitMatrix matrix = matrix();
        boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int row = 0; row < modules.length; row++) {
            for (int column = 0; column < modules[row].length; column++) {
                modules[row][column] = matrix.get(column, row);
            }
        }
        return modules;
    }

    /** Appends {@code |key=value} unless the value is empty; a value never carries the separator or a line break. */
    private static void field(StringBuilder payload, String key, String value, int max) {
        if (value == null) {
            return;
        }
        String clean = value.replace(SEPARATOR, " ").replaceAll("[\\r\\n\\t]", " ").replaceAll(" {2,}", " ").strip();
        if (max > 0 && clean.length() > max) {
            clean = clean.substring(0, max).strip();
        }
        if (!clean.isEmpty()) {
            payload.append(SEPARATOR).append(key).append('=').append(clean);
        }
    }
}
