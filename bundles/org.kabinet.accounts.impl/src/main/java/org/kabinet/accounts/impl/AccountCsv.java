package org.kabinet.accounts.impl;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportProblem;

/**
 * Reads an accounts CSV: a header {@code number;city;kind;address;area;residents;status} (comma or
 * semicolon, UTF-8, any column order, {@code status} optional) and one account per line. Every line
 * is checked; the result has either all rows or all problems.
 */
public final class AccountCsv {
    static final List<String> REQUIRED = List.of("number", "city", "kind", "address", "area", "residents");
    static final int MAX_LINES = 100_000;

    /** The rows of a good file, or the problems of a bad one. */
    public record Parsed(List<AccountData> rows, List<ImportProblem> problems) {
    }

    private AccountCsv() {
    }

    public static Parsed parse(Reader in, Function<String, Optional<City>> cities, IntConsumer progress) {
        List<AccountData> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = readAll(in);
        } catch (IOException e) {
            return new Parsed(List.of(), List.of(new ImportProblem(0, "файл не удалось прочитать: " + e.getMessage())));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Parsed(List.of(), List.of(new ImportProblem(1, "в заголовке нет столбцов " + String.join(", ", missing)
                        + "; нужен заголовок number;city;kind;address;area;residents;status")));
            }
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (line > MAX_LINES) {
                    problems.add(new ImportProblem(line, "в файле больше " + MAX_LINES + " строк: разделите его"));
                    break;
                }
                if (line % 500 == 0) {
                    progress.accept(line);
                }
                List<String> lineProblems = new ArrayList<>();
                String number = AccountFields.number(get(record, header, "number"));
                AccountFields.numberProblem(number).ifPresent(lineProblems::add);
                String cityText = get(record, header, "city");
                Optional<City> city = cities.apply(cityText);
                if (city.isEmpty()) {
                    lineProblems.add("неизвестный город «" + cityText + "»");
                }
                Optional<AccountKind> kind = AccountFields.kind(get(record, header, "kind"));
                if (kind.isEmpty()) {
                    lineProblems.add("вид счёта должен быть rent (наём) или utilities (ЖКУ), а не «" + get(record, header, "kind") + "»");
                }
                String address = get(record, header, "address");
                if (address.isEmpty() || address.length() > AccountFields.MAX_ADDRESS) {
                    lineProblems.add("не указан адрес (или длиннее " + AccountFields.MAX_ADDRESS + " символов)");
                }
                Optional<BigDecimal> area = AccountFields.area(get(record, header, "area"));
                if (area.isEmpty()) {
                    lineProblems.add("площадь должна быть положительным числом, например 54,3, а не «" + get(record, header, "area") + "»");
                }
                Optional<Integer> residents = AccountFields.residents(get(record, header, "residents"));
                if (residents.isEmpty()) {
                    lineProblems.add("число проживающих должно быть целым от 0 до 100, а не «" + get(record, header, "residents") + "»");
                }
                Optional<AccountStatus> status = AccountFields.status(header.containsKey("status") ? get(record, header, "status") : "");
                if (status.isEmpty()) {
                    lineProblems.add("состояние должно быть open или closed");
                }
                if (city.isPresent() && !number.isEmpty()) {
                    Integer first = seen.putIfAbsent(city.get().id() + "|" + number, line);
                    if (first != null) {
                        lineProblems.add("счёт " + number + " (" + city.get().name() + ") уже есть в строке " + first);
                    }
                }
                if (lineProblems.isEmpty()) {
                    rows.add(new AccountData(number, city.get().id(), kind.get(), address, area.get(), residents.get(), status.get()));
                } else {
                    problems.add(new ImportProblem(line, String.join("; ", lineProblems)));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(0, "файл не похож на CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(1, "в файле нет ни одного счёта"));
        }
        return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        int index = header.get(column);
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
