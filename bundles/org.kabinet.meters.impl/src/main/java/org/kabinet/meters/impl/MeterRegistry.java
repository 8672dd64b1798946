package org.kabinet.meters.impl;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.Resource;

/**
 * A staff file of meters, read all or nothing:
 * {@code account;city;resource;serial;place;zones;digits;installed;verification;initial} — the account by
 * number and city (id or name); the resource as {@code COLD_WATER} or «Холодная вода»; {@code place} and
 * {@code verification} may be empty; {@code initial} one value per zone separated by {@code |}
 * («1234,5|567»). Each line is checked by {@link MeterRules}.
 */
public final class MeterRegistry {
    public static final List<String> REQUIRED = List.of("account", "city", "resource", "serial", "zones", "digits", "installed", "initial");
    /** Meters of one file at most. */
    static final int MAX_LINES = 100_000;
    private final BiFunction<String, String, Optional<AccountPlaces.Place>> accounts;
    private final LocalDate today;

    public MeterRegistry(BiFunction<String, String, Optional<AccountPlaces.Place>> accounts, LocalDate today) {
        this.accounts = accounts;
        this.today = today;
    }

    /** A good line: the meter, and the number of the line it came from. */
    public record Line(int line, MeterInput meter, String accountNumber) {
    }

    public CsvImport.Result<Line> read(String text) {
        return CsvImport.read(new StringReader(text), REQUIRED, (row, problems) -> line(row, problems), line -> { }, MAX_LINES);
    }

    private Line line(CsvImport.Row row, List<String> problems) {
        String number = row.get("account");
        String city = row.get("city");
        String accountId = null;
        if (number.isEmpty() || city.isEmpty()) {
            problems.add("не указан номер лицевого счёта или город");
        } else {
            Optional<AccountPlaces.Place> account = accounts.apply(number, city);
            if (account.isEmpty()) {
                problems.add("лицевого счёта " + number + " в городе «" + city + "» нет");
            } else {
                accountId = account.get().id();
            }
        }
        Resource resource = MeterRules.resource(row.get("resource"));
        if (resource == null) {
            problems.add("ресурс «" + row.get("resource") + "» — не COLD_WATER, HOT_WATER, ELECTRICITY, HEAT, GAS или их русское название");
        }
        Integer zones = CsvValues.integer(row.get("zones"), "число тарифных зон", problems);
        Integer digits = CsvValues.integer(row.get("digits"), "число знаков до запятой", problems);
        LocalDate installed = CsvValues.date(row.get("installed"), "дата установки", false, problems);
        LocalDate verification = CsvValues.date(row.get("verification"), "дата поверки", true, problems);
        List<BigDecimal> initial = new ArrayList<>();
        for (String part : row.get("initial").split("\\|", -1)) {
            initial.add(part.isBlank() ? null : CsvValues.number(part, "начальное показание", problems));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        MeterInput meter = new MeterInput(accountId, resource, row.get("serial"), row.get("place"), zones, digits, installed, verification, initial);
        MeterRules.check(meter, today).forEach(p -> problems.add(p.words()));
        return problems.isEmpty() ? new Line(row.line(), meter, number) : null;
    }
}
