package org.kabinet.documents.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportTest {
    record Reading(String meter, int value) {
    }

    private static final CsvImport.RowReader<Reading> READINGS = (row, problems) -> {
        int value = -1;
        try {
            value = Integer.parseInt(row.get("value"));
        } catch (NumberFormatException e) {
            problems.add("показание должно быть числом, а не «" + row.get("value") + "»");
        }
        if (row.get("meter").isEmpty()) {
            problems.add("не указан счётчик");
        }
        return new Reading(row.get("meter"), value);
    };

    private static CsvImport.Result<Reading> read(String text) {
        return CsvImport.read(new StringReader(text), List.of("meter", "value"), READINGS, line -> { });
    }

    @Test
    void aGoodFileGivesEveryRowWhateverTheDelimiterColumnOrderAndBom() {
        assertEquals(List.of(new Reading("A1", 10), new Reading("B2", 20)),
                read("\uFEFFValue;Meter\n10;A1\n\n20;B2\n").rows());
        assertEquals(List.of(new Reading("A1", 10)), read("meter,value,note\n\"A1\",10,\"x, y\"\n").rows());
    }

    @Test
    void oneBadLineRejectsTheFileAndEveryBadLineIsListed() {
        CsvImport.Result<Reading> result = read("meter;value\nA1;10\n;x\nB2;20\nC3;ten\n");
        assertTrue(result.rows().isEmpty(), "nothing of a bad file is accepted");
        assertEquals(List.of(new CsvImport.Problem(3, "показание должно быть числом, а не «x»; не указан счётчик"),
                new CsvImport.Problem(5, "показание должно быть числом, а не «ten»")), result.problems());
    }

    @Test
    void aMissingColumnAnEmptyFileAndGarbageAreExplained() {
        assertTrue(read("meter;reading\nA1;1\n").problems().get(0).reason().contains("нет столбцов value"));
        assertTrue(read("meter;value\n").problems().get(0).reason().contains("нет ни одной строки"));
        assertEquals(0, read("meter;value\n\"A1;1\n").problems().get(0).line(), "an unclosed quote is a problem of the file");
    }

    @Test
    void aFileMayHaveAsManyDataLinesAsTheLimitAndNotOneMore() {
        assertEquals(3, CsvImport.read(new StringReader("meter;value\nA;1\nB;2\nC;3\n"), List.of("meter", "value"), READINGS,
                line -> { }, 3).rows().size(), "the header is not counted");
        assertEquals(List.of(new CsvImport.Problem(5, "в файле больше 3 строк: разделите его")), CsvImport.read(
                new StringReader("meter;value\nA;1\nB;2\nC;3\nD;4\n"), List.of("meter", "value"), READINGS, line -> { }, 3).problems());
    }

    @Test
    void progressIsReportedWhileReading() {
        StringBuilder file = new StringBuilder("meter;value\n");
        for (int i = 0; i < 1200; i++) {
            file.append("M").append(i).append(';').append(i).append('\n');
        }
        List<Integer> heard = new ArrayList<>();
        CsvImport.Result<Reading> result = CsvImport.read(new StringReader(file.toString()), List.of("meter", "value"), READINGS, heard::add);
        assertEquals(1200, result.rows().size());
        assertEquals(List.of(500, 1000), heard);
    }
}
