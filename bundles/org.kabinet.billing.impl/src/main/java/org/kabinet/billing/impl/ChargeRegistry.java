package org.kabinet.billing.impl;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.kabinet.billing.api.Charge;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.money.Money;

/**
 * A charge registry from a company's own billing system, read all or nothing:
 * {@code account;city;period;service;volume;unit;tariff;amount;kind;reason} — {@code kind} is
 * charge, recalculation, fine or penalty (charge if empty); {@code volume}, {@code unit}, {@code tariff}
 * are optional, but when volume and tariff are both given the amount must be their product rounded to
 * kopecks; a recalculation may be negative and needs a reason. Each line gets a key from its content and
 * its occurrence in the file, so importing the same file again adds nothing.
 */
public final class ChargeRegistry {
    public static final List<String> REQUIRED = List.of("account", "city", "period", "service", "amount");
    /** A month of a large company's charges (100 000 accounts × 8 services) fits in one file. */
    public static final int MAX_LINES = 1_000_000;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);
    private static final BigDecimal TARIFF_LIMIT = BigDecimal.TEN.pow(10);

    /** A charge as the registry gives it; {@code key} makes a second import of the same line a no-op. */
    public record Line(String key, String account, String city, YearMonth period, String service, BigDecimal volume,
                       String unit, BigDecimal tariff, BigDecimal amount, Charge.Kind kind, String reason) {
    }

    public CsvImport.Result<Line> read(String text, IntConsumer progress) {
        Map<String, Integer> seen = new HashMap<>();
        return CsvImport.read(new StringReader(text), REQUIRED, (row, problems) -> {
            Line line = line(row, problems);
            if (line == null) {
                return null;
            }
            // the n-th identical line of a file is the n-th charge: two equal lines are two charges
            String content = String.join("|", line.account(), line.city().toLowerCase(Locale.ROOT), line.period().toString(),
                    line.service(), String.valueOf(line.volume()), line.unit(), String.valueOf(line.tariff()),
                    line.amount().toPlainString(), line.kind().name(), line.reason());
            int occurrence = seen.merge(content, 1, Integer::sum);
            return new Line(sha256(content + "#" + occurrence), line.account(), line.city(), line.period(), line.service(),
                    line.volume(), line.unit(), line.tariff(), line.amount(), line.kind(), line.reason());
        }, progress, MAX_LINES);
    }

    private static Line line(CsvImport.Row row, List<String> problems) {
        String account = row.get("account");
        if (account.isEmpty()) {
            problems.add("нет номера лицевого счёта");
        }
        String city = row.get("city");
        if (city.isEmpty()) {
            problems.add("не указан город");
        }
        YearMonth period = null;
        try {
            period = YearMonth.parse(row.get("period"));
        } catch (DateTimeParseException e) {
            problems.add("период «" + row.get("period") + "» не в виде 2026-03");
        }
        String service = row.get("service");
        if (service.isEmpty()) {
            problems.add("не указана услуга");
        } else if (service.length() > 40) {
            problems.add("код услуги длиннее 40 знаков");
        }
        Charge.Kind kind = kind(row.get("kind"), problems);
        BigDecimal amount = number(row.get("amount"), "сумма", problems);
        BigDecimal volume = row.get("volume").isEmpty() ? null : number(row.get("volume"), "объём", problems);
        BigDecimal tariff = row.get("tariff").isEmpty() ? null : number(row.get("tariff"), "тариф", problems);
        String reason = row.get("reason");
        if (amount != null) {
            if (amount.stripTrailingZeros().scale() > 2) {
                problems.add("сумма «" + row.get("amount") + "» точнее копеек");
            } else if (amount.signum() < 0 && kind != Charge.Kind.RECALCULATION) {
                problems.add("отрицательной может быть только перерасчёт (kind=recalculation)");
            }
            if (volume != null && tariff != null
                    && Money.of(volume.multiply(tariff)).compareTo(amount.setScale(2, RoundingMode.HALF_UP)) != 0) {
                problems.add("сумма " + row.get("amount") + " не равна объёму × тариф (" + Money.of(volume.multiply(tariff)).toPlainString().replace('.', ',') + ")");
            }
        }
        if (kind == Charge.Kind.RECALCULATION && reason.isEmpty()) {
            problems.add("у перерасчёта нужна причина (reason)");
        }
        if (reason.length() > 300) {
            problems.add("причина длиннее 300 знаков");
        }
        // what the columns hold: amounts below a trillion roubles, volumes and tariffs to 4 decimals
        if (amount != null && amount.abs().compareTo(LIMIT) >= 0 || volume != null && (volume.abs().compareTo(LIMIT) >= 0
                || volume.stripTrailingZeros().scale() > 4) || tariff != null && (tariff.abs().compareTo(TARIFF_LIMIT) >= 0
                || tariff.stripTrailingZeros().scale() > 4)) {
            problems.add("число больше, чем бывает в начислении, или точнее 4 знаков после запятой");
        }
        return problems.isEmpty() ? new Line(null, account, city, period, service, volume, row.get("unit"), tariff,
                Money.of(amount), kind, reason) : null;
    }

    private static Charge.Kind kind(String text, List<String> problems) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "charge", "начисление" -> Charge.Kind.CHARGE;
            case "recalculation", "перерасчёт", "перерасчет" -> Charge.Kind.RECALCULATION;
            case "fine", "штраф" -> Charge.Kind.FINE;
            case "penalty", "пени" -> Charge.Kind.PENALTY;
            default -> {
                problems.add("вид «" + text + "» — не charge, recalculation, fine или penalty");
                yield Charge.Kind.CHARGE;
            }
        };
    }

    private static BigDecimal number(String text, String what, List<String> problems) {
        try {
            return Money.parse(text);
        } catch (NumberFormatException e) {
            problems.add(what + " «" + text + "» не число");
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
