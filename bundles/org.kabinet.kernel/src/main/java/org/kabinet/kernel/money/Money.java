package org.kabinet.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The money convention: an amount is a {@link BigDecimal} in roubles with scale 2, rounded half up
 * (kopecks); shown as «1 234,56 ₽» in Russian and «RUB 1,234.56» in English.
 */
public final class Money {
    public static final String CURRENCY = "RUB";
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** The amount with scale 2 (kopecks), rounded half up. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(parse(amount));
    }

    /**
     * A number as people write it — «1 234,56», «1234.56», with a no-break space — exactly, without
     * rounding (so a caller can refuse more than two decimals).
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parse(String number) {
        return new BigDecimal(number.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
    }

    /** Whole kopecks, as payment QR codes and banks count. */
    public static long kopecks(BigDecimal amount) {
        return of(amount).movePointRight(2).longValueExact();
    }

    public static String format(BigDecimal amount, Locale locale) {
        boolean english = locale != null && locale.getLanguage().equals("en");
        String number = (english ? ENGLISH : RUSSIAN).get().format(of(amount));
        return english ? CURRENCY + " " + number : number + "\u00a0₽";
    }

    // a DecimalFormat is not thread-safe and costly to build: one per thread (jobs format 100 000 amounts)
    private static final ThreadLocal<DecimalFormat> ENGLISH = ThreadLocal.withInitial(() -> pattern(false));
    private static final ThreadLocal<DecimalFormat> RUSSIAN = ThreadLocal.withInitial(() -> pattern(true));

    private static DecimalFormat pattern(boolean russian) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
        if (russian) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat("#,##0.00", symbols);
    }
}
