package org.kabinet.billing.api;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.kernel.money.Money;

/** An пени amount explained in Russian, line by line: the debt, each stretch with its formula, the total. */
public final class PenaltyTexts {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PenaltyTexts() {
    }

    public static List<String> explain(Penalty penalty) {
        List<String> lines = new ArrayList<>();
        lines.add("Долг за " + penalty.period().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RU).toLowerCase(RU)
                + " " + penalty.period().getYear() + ": " + Money.format(penalty.debt(), RU)
                + ", срок оплаты — " + DAY.format(penalty.dueDate()) + ".");
        for (PenaltyPiece p : penalty.pieces()) {
            String when = DAY.format(p.from()) + (p.days() > 1 ? "–" + DAY.format(p.to()) : "") + ", "
                    + (p.days() > 1 ? "дни " + p.fromDay() + "–" + (p.fromDay() + p.days() - 1) : "день " + p.fromDay())
                    + " (" + p.days() + " дн.)";
            if (p.share() == 0 || p.ratePercent().signum() == 0) {
                lines.add(when + ", на " + Money.format(p.debt(), RU) + ": 0,00 ₽ — " + p.rateReason() + ".");
            } else {
                lines.add(when + ": " + Money.format(p.debt(), RU) + " × " + p.days() + " × 1/" + p.share() + " × "
                        + percent(p.ratePercent()) + " = " + Money.format(p.amount(), RU) + " — "
                        + p.rateReason() + ".");
            }
        }
        lines.add("Итого пени: " + Money.format(penalty.amount(), RU) + ".");
        return lines;
    }

    /** «9,5 %». */
    public static String percent(java.math.BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
