package org.kabinet.documents.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any file given to an import: {@link CsvImport} gives all rows or the problems in words, and never
 * fails itself (no exception, no endless loop) nor hides a programming error as a problem. {@code mvn
 * test} runs the inputs under {@code CsvImportFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} Jazzer looks for
 * new ones for the time the annotation gives.
 */
class CsvImportFuzzTest {
    /** What a programming error's message looks like (a helpful NullPointerException, an index, a number format). */
    static final Pattern BUG = Pattern.compile("Cannot (invoke|read|load|store)|because \"|out of bounds|Index -?\\d+|For input string"
            + "|NullPointer|ClassCast|ArithmeticException");

    @FuzzTest(maxDuration = "30s")
    void anyFileGivesRowsOrProblems(FuzzedDataProvider data) {
        int maxLines = data.consumeInt(1, 50);
        List<String> required = List.of("number", "city");
        String file = data.consumeRemainingAsString();
        CsvImport.Result<String> result = CsvImport.read(new StringReader(file), required, (row, problems) -> {
            String number = row.get("number");
            if (number.isEmpty()) {
                problems.add("нет номера");
            }
            row.has("address");
            row.get("missing column");
            return number + "|" + row.get("city") + "|" + row.line();
        }, line -> { }, maxLines);
        check(result, file);
        assertTrue(result.rows().size() <= maxLines, "more rows than allowed: " + result.rows().size());
    }

    static void check(CsvImport.Result<?> result, String file) {
        assertTrue(result.rows().isEmpty() != result.problems().isEmpty(), () -> "rows and problems together: " + result);
        for (CsvImport.Problem problem : result.problems()) {
            assertFalse(bug(problem.reason(), file), () -> "a programming error given as a problem: " + problem);
        }
    }

    /** Whether a problem's words tell of a programming error (and do not merely repeat the file's own text). */
    static boolean bug(String reason, String file) {
        Matcher m = BUG.matcher(reason);
        while (m.find()) {
            if (!file.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
