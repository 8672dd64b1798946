package org.kabinet.billing.impl;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.money.Money;

/**
 * A bank's payment registry (реестр платежей) read into payment lines, all or nothing. The default
 * layout has the columns {@code payment_id;paid_on;account;city;amount;period} ({@code period}, yyyy-MM,
 * optional); a bank's own layout is described by a mapping from these names to its column names.
 * Files come in UTF-8 or Windows-1251 (found out by itself unless told); dates as {@code 2026-03-05} or
 * {@code 05.03.2026}; amounts as {@code 1234.56}, {@code 1 234,56}. The same payment id twice with the
 * same data counts once; with other data it is an error.
 */
public final class PaymentRegistry {
    public static final List<String> COLUMNS = List.of("payment_id", "paid_on", "account", "city", "amount", "period");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A payment as the registry gives it; the account is found by number and city when it is posted. */
    public record Line(String paymentId, LocalDate paidOn, String account, String city, BigDecimal amount, YearMonth period) {
    }

    private final Map<String, String> columns;

    /** The default layout. */
    public PaymentRegistry() {
        this(Map.of());
    }

    /** A bank's layout: our column name → the bank's (any missing one keeps its own name). */
    public PaymentRegistry(Map<String, String> mapping) {
        Map<String, String> c = new HashMap<>();
        for (String column : COLUMNS) {
            c.put(column, mapping.getOrDefault(column, column).strip().toLowerCase(Locale.ROOT));
        }
        this.columns = Map.copyOf(c);
    }

    /** Text of the file: {@code encoding} "auto" (UTF-8 if it is valid UTF-8, else Windows-1251), "UTF-8" or "windows-1251". */
    public static String decode(byte[] bytes, String encoding) {
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("auto")) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                return new String(bytes, WINDOWS_1251);
            }
        }
        return new String(bytes, Charset.forName(encoding));
    }

    public CsvImport.Result<Line> read(String text, IntConsumer progress) {
        List<String> required = List.of(columns.get("payment_id"), columns.get("paid_on"), columns.get("account"),
                columns.get("city"), columns.get("amount"));
        CsvImport.Result<Line> read = CsvImport.read(new StringReader(text), required, this::line, progress);
        if (!read.accepted()) {
            return read;
        }
        // one payment id, one payment
        Map<String, Line> byId = new LinkedHashMap<>();
        List<CsvImport.Problem> problems = new ArrayList<>();
        int line = 1;
        for (Line payment : read.rows()) {
            line++;
            Line earlier = byId.putIfAbsent(payment.paymentId(), payment);
            if (earlier != null && !earlier.equals(payment)) {
                problems.add(new CsvImport.Problem(line, "платёж " + payment.paymentId() + " уже есть в файле с другими данными"));
            }
        }
        return problems.isEmpty() ? new CsvImport.Result<>(List.copyOf(byId.values()), List.of())
                : new CsvImport.Result<>(List.of(), List.copyOf(problems));
    }

    private Line line(CsvImport.Row row, List<String> problems) {
        String id = row.get(columns.get("payment_id"));
        if (id.isEmpty() || id.length() > 64) {
            problems.add("нет номера платежа (или он длиннее 64 знаков)");
        }
        LocalDate paidOn = date(row.get(columns.get("paid_on")), problems);
        String account = row.get(columns.get("account"));
        if (account.isEmpty()) {
            problems.add("нет номера лицевого счёта");
        }
        String city = row.get(columns.get("city"));
        if (city.isEmpty()) {
            problems.add("не указан город");
        }
        BigDecimal amount = amount(row.get(columns.get("amount")), problems);
        YearMonth period = null;
        String named = row.get(columns.get("period"));
        if (!named.isEmpty()) {
            try {
                period = YearMonth.parse(named);
            } catch (DateTimeParseException e) {
                problems.add("период «" + named + "» не в виде 2026-03");
            }
        }
        return problems.isEmpty() ? new Line(id, paidOn, account, city, amount, period) : null;
    }

    private static LocalDate date(String text, List<String> problems) {
        try {
            return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("дата платежа «" + text + "» не в виде 2026-03-05 или 05.03.2026");
            return null;
        }
    }

    private static BigDecimal amount(String text, List<String> problems) {
        try {
            BigDecimal raw = Money.parse(text);
            if (raw.signum() <= 0) {
                problems.add("сумма должна быть больше нуля");
            } else if (raw.stripTrailingZeros().scale() > 2) {
                problems.add("сумма «" + text + "» точнее копеек");
            }
            return Money.of(raw);
        } catch (NumberFormatException e) {
            problems.add("сумма «" + text + "» не число");
            return null;
        }
    }
}
