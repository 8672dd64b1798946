package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.Charge;
import org.kabinet.documents.csv.CsvImport;

class ChargeRegistryTest {
    private static final String GOOD = """
            account;city;period;service;volume;unit;tariff;amount;kind;reason
            8600001;Ханты-Мансийск;2026-03;rent;39,1;м²;12,37;483,67;;
            8600001;Ханты-Мансийск;2026-03;rent;;;;-120,00;recalculation;перерасчёт за отсутствие
            8600001;Ханты-Мансийск;2026-03;intercom;;;;45;;
            8600001;Ханты-Мансийск;2026-03;intercom;;;;45;;
            8600001;Ханты-Мансийск;2026-03;fine;;;;500;fine;нарушение правил
            """;

    @Test
    void aGoodRegistryAndItsKeys() {
        CsvImport.Result<ChargeRegistry.Line> r = new ChargeRegistry().read(GOOD, n -> { });
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(5, r.rows().size());
        assertEquals(new BigDecimal("483.67"), r.rows().get(0).amount());
        assertEquals(Charge.Kind.RECALCULATION, r.rows().get(1).kind());
        assertEquals(Charge.Kind.FINE, r.rows().get(4).kind());
        // two equal lines are two charges with two keys; the same file again gives the same keys
        assertNotEquals(r.rows().get(2).key(), r.rows().get(3).key());
        assertEquals(r.rows().stream().map(ChargeRegistry.Line::key).toList(),
                new ChargeRegistry().read(GOOD, n -> { }).rows().stream().map(ChargeRegistry.Line::key).toList());
    }

    @Test
    void everyBadLineIsListedAndNothingIsTaken() {
        CsvImport.Result<ChargeRegistry.Line> r = new ChargeRegistry().read("""
                account;city;period;service;volume;unit;tariff;amount;kind;reason
                8600001;Ханты-Мансийск;2026-03;rent;39,1;м²;12,37;500,00;;
                8600001;Ханты-Мансийск;03.2026;rent;;;;10;;
                8600001;Ханты-Мансийск;2026-03;rent;;;;-10;;
                8600001;Ханты-Мансийск;2026-03;rent;;;;-10;recalculation;
                ;;2026-03;;;;;abc;bonus;
                8600001;Ханты-Мансийск;2026-03;rent;;;;483,675;;
                8600001;Ханты-Мансийск;2026-03;rent;;;;10;;
                """, n -> { });
        assertEquals(List.of(), r.rows());
        List<String> p = r.problems().stream().map(x -> x.line() + ": " + x.reason()).toList();
        assertEquals(6, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("2: сумма 500,00 не равна объёму × тариф (483,67)"), p.toString());
        assertTrue(p.get(1).startsWith("3: период «03.2026»"), p.toString());
        assertTrue(p.get(2).startsWith("4: отрицательной может быть только перерасчёт"), p.toString());
        assertTrue(p.get(3).startsWith("5: у перерасчёта нужна причина"), p.toString());
        assertTrue(p.get(4).startsWith("6: нет номера лицевого счёта; не указан город; не указана услуга; вид «bonus»"), p.toString());
        assertTrue(p.get(5).startsWith("7: сумма «483,675» точнее копеек"), p.toString());
    }

    @Test
    void whatTheColumnsCannotHoldIsALineProblemNotADatabaseError() {
        CsvImport.Result<ChargeRegistry.Line> r = new ChargeRegistry().read("""
                account;city;period;service;volume;unit;tariff;amount;kind;reason
                8600001;Ханты-Мансийск;2026-03;%s;;;;10;;
                8600001;Ханты-Мансийск;2026-03;rent;;;;10;fine;%s
                8600001;Ханты-Мансийск;2026-03;rent;;;;1000000000000;;
                8600001;Ханты-Мансийск;2026-03;rent;1,00001;м³;1;1,00;;
                """.formatted("x".repeat(41), "п".repeat(301)), n -> { });
        List<String> p = r.problems().stream().map(x -> x.line() + ": " + x.reason()).toList();
        assertEquals(List.of("2: код услуги длиннее 40 знаков", "3: причина длиннее 300 знаков",
                "4: число больше, чем бывает в начислении, или точнее 4 знаков после запятой",
                "5: число больше, чем бывает в начислении, или точнее 4 знаков после запятой"), p);
    }
}
