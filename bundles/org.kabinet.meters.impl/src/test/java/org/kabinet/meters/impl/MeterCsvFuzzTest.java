package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.error.KabinetException;

/**
 * Any file given to the meters import or the readings import: all lines or the problems in words (or
 * our typed refusal), never another exception, an endless loop or a programming error told as a
 * problem. {@code mvn test} runs the inputs under {@code MeterCsvFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MeterCsvFuzzTest {
    private static final Pattern BUG = Pattern.compile("Cannot (invoke|read|load|store)|because \"|out of bounds|Index -?\\d+"
            + "|For input string|NullPointer|ClassCast|ArithmeticException");

    @FuzzTest(maxDuration = "30s")
    void anyMetersOrReadingsFileGivesLinesOrProblems(FuzzedDataProvider data) {
        boolean meters = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        try {
            if (meters) {
                MeterRegistry registry = new MeterRegistry((number, city) -> number.equals("93001") && city.equalsIgnoreCase("surgut")
                        ? Optional.of(new AccountPlaces.Place("acc-1", "93001", "surgut", "Сургут", "ул. Мира, д. 11, кв. 4"))
                        : Optional.empty(), LocalDate.of(2026, 3, 15));
                check(registry.read(text), text);
            } else {
                check(ReadingRegistry.read(text), text);
            }
        } catch (KabinetException typed) {
            // our own refusal, with a code and texts
        }
    }

    private static void check(CsvImport.Result<?> result, String text) {
        assertTrue(result.rows().isEmpty() != result.problems().isEmpty(), () -> "rows and problems together: " + result);
        for (CsvImport.Problem problem : result.problems()) {
            assertFalse(bug(problem.reason(), text), () -> "a programming error given as a problem: " + problem);
        }
    }

    /** Whether a problem's words tell of a programming error (and do not merely repeat the file's own text). */
    private static boolean bug(String reason, String text) {
        java.util.regex.Matcher m = BUG.matcher(reason);
        while (m.find()) {
            if (!text.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
