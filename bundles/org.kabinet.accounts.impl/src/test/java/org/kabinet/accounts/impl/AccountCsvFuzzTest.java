package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportProblem;
import org.kabinet.kernel.error.KabinetException;

/**
 * Any file given to the accounts import: all accounts or the problems in words (or our typed
 * refusal), never another exception, an endless loop or a programming error told as a problem.
 * {@code mvn test} runs the inputs under {@code AccountCsvFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class AccountCsvFuzzTest {
    private static final Pattern BUG = Pattern.compile("Cannot (invoke|read|load|store)|because \"|out of bounds|Index -?\\d+"
            + "|For input string|NullPointer|ClassCast|ArithmeticException");

    @FuzzTest(maxDuration = "30s")
    void anyFileGivesAccountsOrProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        AccountCsv.Parsed parsed;
        try {
            parsed = AccountCsv.parse(new StringReader(text), AccountCsvFuzzTest::city, line -> { });
        } catch (KabinetException typed) {
            return;
        }
        assertTrue(parsed.rows().isEmpty() != parsed.problems().isEmpty(), () -> "rows and problems together: " + parsed);
        for (ImportProblem problem : parsed.problems()) {
            assertFalse(bug(problem.reason(), text), () -> "a programming error given as a problem: " + problem);
        }
    }

    private static Optional<City> city(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "сургут", "surgut" -> Optional.of(new City("surgut", "Сургут"));
            case "мегион", "megion" -> Optional.of(new City("megion", "Мегион"));
            default -> Optional.empty();
        };
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
