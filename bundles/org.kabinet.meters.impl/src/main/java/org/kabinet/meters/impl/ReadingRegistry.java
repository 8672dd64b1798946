package org.kabinet.meters.impl;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.meters.api.Resource;

/**
 * A staff file of readings (controllers' rounds), read all or nothing: {@code serial;takenOn;zone1;zone2;zone3}
 * — the meter by its serial number among active meters ({@code resource} may be added as a column when two
 * resources share a number); {@code zone2}, {@code zone3} only for meters with that many zones.
 */
public final class ReadingRegistry {
    public static final List<String> REQUIRED = List.of("serial", "takenon", "zone1");
    static final int MAX_LINES = 100_000;

    private ReadingRegistry() {
    }

    /** A line as read: the meter's serial number (and resource, when given), the day taken, the values. */
    public record Line(int line, String serial, Resource resource, LocalDate takenOn, List<BigDecimal> values) {
    }

    public static CsvImport.Result<Line> read(String text) {
        return CsvImport.read(new StringReader(text), REQUIRED, ReadingRegistry::line, line -> { }, MAX_LINES);
    }

    private static Line line(CsvImport.Row row, List<String> problems) {
        String serial = row.get("serial");
        if (serial.isEmpty()) {
            problems.add("не указан серийный номер счётчика");
        }
        Resource resource = null;
        if (!row.get("resource").isEmpty()) {
            resource = MeterRules.resource(row.get("resource"));
            if (resource == null) {
                problems.add("ресурс «" + row.get("resource") + "» не известен");
            }
        }
        LocalDate takenOn = CsvValues.date(row.get("takenon"), "дата показания", false, problems);
        List<String> zones = List.of(row.get("zone1"), row.get("zone2"), row.get("zone3"));
        int last = -1;
        for (int i = 0; i < zones.size(); i++) {
            if (!zones.get(i).isEmpty()) {
                last = i;
            }
        }
        if (last < 0) {
            problems.add("не указано показание zone1");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            if (zones.get(i).isEmpty()) {
                problems.add("пропущено показание zone" + (i + 1));
            } else {
                values.add(CsvValues.number(zones.get(i), "показание zone" + (i + 1), problems));
            }
        }
        return problems.isEmpty() ? new Line(row.line(), serial, resource, takenOn, values) : null;
    }
}
