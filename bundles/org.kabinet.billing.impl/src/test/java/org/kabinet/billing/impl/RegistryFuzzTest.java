package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.error.KabinetException;

/**
 * Any bank's payment registry (any bytes, any encoding guess) and any charges registry: all lines or
 * the problems in words (or our typed refusal), never another exception, an endless loop or a
 * programming error told as a problem. {@code mvn test} runs the inputs under
 * {@code RegistryFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RegistryFuzzTest {
    private static final Pattern BUG = Pattern.compile("Cannot (invoke|read|load|store)|because \"|out of bounds|Index -?\\d+"
            + "|For input string|NullPointer|ClassCast|ArithmeticException");

    @FuzzTest(maxDuration = "30s")
    void anyRegistryGivesLinesOrProblems(FuzzedDataProvider data) {
        boolean payments = data.consumeBoolean();
        boolean bankLayout = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            if (payments) {
                PaymentRegistry registry = bankLayout
                        ? new PaymentRegistry(Map.of("payment_id", "Номер", "paid_on", "Дата", "account", "ЛС", "city", "Город", "amount", "Сумма"))
                        : new PaymentRegistry();
                String text = PaymentRegistry.decode(bytes, "auto");
                check(registry.read(text, n -> { }), text);
            } else {
                String text = PaymentRegistry.decode(bytes, bankLayout ? "windows-1251" : "UTF-8");
                check(new ChargeRegistry().read(text, n -> { }), text);
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
