package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.documents.csv.CsvImport;

class PaymentRegistryTest {
    @Test
    void theDefaultLayout() {
        CsvImport.Result<PaymentRegistry.Line> r = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount;period
                SB-1;2026-03-05;8600001;Ханты-Мансийск;1 234,56;2026-02
                SB-2;06.03.2026;8600002;khanty-mansiysk;500;
                """, n -> { });
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(List.of(new PaymentRegistry.Line("SB-1", LocalDate.of(2026, 3, 5), "8600001", "Ханты-Мансийск", new BigDecimal("1234.56"),
                        YearMonth.of(2026, 2)),
                new PaymentRegistry.Line("SB-2", LocalDate.of(2026, 3, 6), "8600002", "khanty-mansiysk", new BigDecimal("500.00"), null)), r.rows());
    }

    @Test
    void aBanksOwnLayoutInWindows1251() {
        String text = "Номер;Дата;ЛС;Город;Сумма\n77;05.03.2026;8600001;Сургут;100,10\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
        String decoded = PaymentRegistry.decode(bytes, "auto");
        assertEquals(text, decoded, "not UTF-8, so Windows-1251");
        assertEquals(text, PaymentRegistry.decode(text.getBytes(StandardCharsets.UTF_8), "auto"));
        PaymentRegistry bank = new PaymentRegistry(Map.of("payment_id", "Номер", "paid_on", "Дата", "account", "ЛС", "city", "Город", "amount", "Сумма"));
        CsvImport.Result<PaymentRegistry.Line> r = bank.read(decoded, n -> { });
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(new BigDecimal("100.10"), r.rows().get(0).amount());
        assertEquals("Сургут", r.rows().get(0).city());
    }

    @Test
    void everyBadLineIsListedAndNothingIsTaken() {
        CsvImport.Result<PaymentRegistry.Line> r = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                A;2026-02-30;8600001;Сургут;10
                G;30.02.2026;8600001;Сургут;10
                B;2026-03-01;;Сургут;-5
                C;2026-03-01;8600001;;1,005
                D;2026-03-01;8600001;Сургут;десять
                E;2026-03-01;8600001;Сургут;10
                E;2026-03-01;8600001;Сургут;11
                F;2026-03-01;8600001;Сургут;10
                F;2026-03-01;8600001;Сургут;10
                """, n -> { });
        assertEquals(List.of(), r.rows());
        List<String> problems = r.problems().stream().map(p -> p.line() + ": " + p.reason()).toList();
        assertTrue(problems.get(0).startsWith("2: дата платежа «2026-02-30»"), problems.toString());
        assertTrue(problems.get(1).startsWith("3: дата платежа «30.02.2026»"), problems.toString());
        problems = problems.subList(1, problems.size());
        assertTrue(problems.get(1).startsWith("4: нет номера лицевого счёта; сумма должна быть больше нуля"), problems.toString());
        assertTrue(problems.get(2).startsWith("5: не указан город; сумма «1,005» точнее копеек"), problems.toString());
        assertTrue(problems.get(3).startsWith("6: сумма «десять» не число"), problems.toString());
        assertEquals(4, problems.size(), "line-level problems first; duplicates are checked once every line reads: " + problems);

        CsvImport.Result<PaymentRegistry.Line> duplicates = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                E;2026-03-01;8600001;Сургут;10
                E;2026-03-01;8600001;Сургут;11
                F;2026-03-01;8600001;Сургут;10
                F;2026-03-01;8600001;Сургут;10
                """, n -> { });
        assertEquals(List.of(new CsvImport.Problem(3, "платёж E уже есть в файле с другими данными")), duplicates.problems());
    }

    @Test
    void theSamePaymentTwiceCountsOnce() {
        CsvImport.Result<PaymentRegistry.Line> r = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                F;2026-03-01;8600001;Сургут;10
                F;01.03.2026;8600001;Сургут;10,00
                """, n -> { });
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(1, r.rows().size());
    }

    @Test
    void aMissingColumnIsNamed() {
        CsvImport.Result<PaymentRegistry.Line> r = new PaymentRegistry().read("payment_id;account;city;amount\nA;1;Сургут;10\n", n -> { });
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).reason().contains("paid_on"), r.problems().toString());
    }
}
