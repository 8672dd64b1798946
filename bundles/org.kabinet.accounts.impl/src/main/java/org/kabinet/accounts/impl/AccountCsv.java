package org.kabinet.accounts.impl;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportProblem;
import org.kabinet.documents.csv.CsvImport;

/**
 * Reads an accounts CSV with the portal's {@link CsvImport}: a header
 * {@code number;city;kind;address;area;residents;status} ({@code status} optional) and one account per
 * line. Every line is checked; the result has either all rows or all problems.
 */
public final class AccountCsv {
    static final List<String> REQUIRED = List.of("number", "city", "kind", "address", "area", "residents");

    /** The rows of a good file, or the problems of a bad one. */
    public record Parsed(List<AccountData> rows, List<ImportProblem> problems) {
    }

    private AccountCsv() {
    }

    public static Parsed parse(Reader in, Function<String, Optional<City>> cities, IntConsumer progress) {
        Map<String, Integer> seen = new HashMap<>();
        CsvImport.Result<AccountData> read = CsvImport.read(in, REQUIRED, (row, lineProblems) -> {
            String number = AccountFields.number(row.get("number"));
            AccountFields.numberProblem(number).ifPresent(lineProblems::add);
            String cityText = row.get("city");
            Optional<City> city = cities.apply(cityText);
            if (city.isEmpty()) {
                lineProblems.add("неизвестный город «" + cityText + "»");
            }
            Optional<AccountKind> kind = AccountFields.kind(row.get("kind"));
            if (kind.isEmpty()) {
                lineProblems.add("вид счёта должен быть rent (наём) или utilities (ЖКУ), а не «" + row.get("kind") + "»");
            }
            String address = row.get("address");
            if (address.isEmpty() || address.length() > AccountFields.MAX_ADDRESS) {
                lineProblems.add("не указан адрес (или длиннее " + AccountFields.MAX_ADDRESS + " символов)");
            }
            Optional<BigDecimal> area = AccountFields.area(row.get("area"));
            if (area.isEmpty()) {
                lineProblems.add("площадь должна быть положительным числом, например 54,3, а не «" + row.get("area") + "»");
            }
            Optional<Integer> residents = AccountFields.residents(row.get("residents"));
            if (residents.isEmpty()) {
                lineProblems.add("число проживающих должно быть целым от 0 до 100, а не «" + row.get("residents") + "»");
            }
            Optional<AccountStatus> status = AccountFields.status(row.get("status"));
            if (status.isEmpty()) {
                lineProblems.add("состояние должно быть open или closed");
            }
            if (city.isPresent() && !number.isEmpty()) {
                Integer first = seen.putIfAbsent(city.get().id() + "|" + number, row.line());
                if (first != null) {
                    lineProblems.add("счёт " + number + " (" + city.get().name() + ") уже есть в строке " + first);
                }
            }
            return lineProblems.isEmpty()
                    ? new AccountData(number, city.get().id(), kind.get(), address, area.get(), residents.get(), status.get())
                    : null;
        }, progress);
        return new Parsed(read.rows(), read.problems().stream().map(p -> new ImportProblem(p.line(), p.reason())).toList());
    }
}
