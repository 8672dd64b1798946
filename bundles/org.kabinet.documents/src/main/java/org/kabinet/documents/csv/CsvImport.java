package org.kabinet.documents.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file for an import: UTF-8 (a BOM is fine), {@code ;} or {@code ,} between fields
 * (whichever the header uses), quotes around fields that contain them, a header naming the columns
 * in any order and case. Each line goes to a {@link RowReader}, which turns it into a row or says
 * what is wrong with it. The result holds either all rows or all problems.
 */
public final class CsvImport {
    /** The most data lines (the header not counted) one file may have, unless the import names its own limit. */
    public static final int MAX_LINES = 100_000;
    private static final int PROGRESS_EVERY = 500;

    /** A line of the file, by column name. */
    public interface Row {
        /** The line number in the file (the header is line 1). */
        int line();

        /** The value of a column, stripped; empty when the column or the value is absent. */
        String get(String column);

        boolean has(String column);
    }

    /** Turns one line into a row, adding a sentence to {@code problems} for each thing wrong with it. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row, List<String> problems);
    }

    /** A bad line: its number (0 for the file as a whole) and what is wrong, in words for the person who made the file. */
    public record Problem(int line, String reason) {
    }

    /** Either rows (and no problems) or problems (and no rows). */
    public record Result<T>(List<T> rows, List<Problem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private CsvImport() {
    }

    /**
     * Reads the whole file. {@code required} columns must be in the header; {@code progress} hears the
     * number of the line being read every 500 lines.
     */
    public static <T> Result<T> read(Reader in, List<String> required, RowReader<T> reader, IntConsumer progress) {
        return read(in, required, reader, progress, MAX_LINES);
    }

    /** As {@link #read(Reader, List, RowReader, IntConsumer)}, with at most {@code maxLines} data lines (the header not counted). */
    public static <T> Result<T> read(Reader in, List<String> required, RowReader<T> reader, IntConsumer progress, int maxLines) {
        String text;
        try {
            text = readAll(in);
        } catch (IOException e) {
            return rejected(new Problem(0, "файл не удалось прочитать: " + e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<T> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return rejected(new Problem(1, "в заголовке нет столбцов " + String.join(", ", missing)
                        + "; нужен заголовок " + String.join(";", required)));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (line - 1 > maxLines) {
                    problems.add(new Problem(line, "в файле больше " + maxLines + " строк: разделите его"));
                    break;
                }
                if (line % PROGRESS_EVERY == 0) {
                    progress.accept(line);
                }
                List<String> lineProblems = new ArrayList<>();
                T row = reader.read(new RecordRow(record, header, line), lineProblems);
                if (lineProblems.isEmpty() && row != null) {
                    rows.add(row);
                } else {
                    problems.add(new Problem(line, lineProblems.isEmpty() ? "строка не прочитана" : String.join("; ", lineProblems)));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, "файл не похож на CSV: " + e.getMessage()));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Problem(1, "в файле нет ни одной строки данных"));
        }
        return problems.isEmpty() ? new Result<>(List.copyOf(rows), List.of()) : new Result<>(List.of(), List.copyOf(problems));
    }

    private static <T> Result<T> rejected(Problem problem) {
        return new Result<>(List.of(), List.of(problem));
    }

    private record RecordRow(CSVRecord record, Map<String, Integer> header, int line) implements Row {
        @Override
        public String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }

        @Override
        public boolean has(String column) {
            return header.containsKey(column);
        }
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
