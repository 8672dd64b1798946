package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.Penalty;
import org.kabinet.billing.api.PenaltyPiece;
import org.kabinet.billing.impl.PenaltyCalculator.Paid;

/**
 * Worked examples, each counted by hand in the comment above it: day n is the n-th day after the due
 * date, days 31–90 cost debt × days × rate / 300, from day 91 debt × days × rate / 130.
 */
class PenaltyCalculatorTest {
    private final PenaltyCalculator shipped = new PenaltyCalculator(new KeyRates(ShippedRates.keyRates()), ShippedRates.penaltyRules());

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    private static List<String> charged(Penalty p) {
        return p.pieces().stream().filter(x -> x.amount().signum() > 0)
                .map(x -> x.from() + ".." + x.to() + " " + x.days() + "d 1/" + x.share() + " " + x.ratePercent().stripTrailingZeros().toPlainString()
                        + "% " + x.amount().toPlainString()).toList();
    }

    // January 2025, due 10.02.2025, 10 000 ₽ paid 21.05.2025 (day 100). Key rate that day 21 %, but the
    // ПП 474 cap of 9.5 % applies. Days 31–90 (13.03–11.05): 10 000 × 60 × 9.5 % / 300 = 190.00;
    // days 91–100 (12.05–21.05): 10 000 × 10 × 9.5 % / 130 = 73.08. Total 263.08.
    @Test
    void bothBandsUnderTheCap() {
        Penalty p = shipped.compute(YearMonth.of(2025, 1), rub("10000"), List.of(new Paid(LocalDate.of(2025, 5, 21), rub("10000"))),
                LocalDate.of(2025, 6, 30));
        assertEquals(List.of("2025-03-13..2025-05-11 60d 1/300 9.5% 190.00", "2025-05-12..2025-05-21 10d 1/130 9.5% 73.08"), charged(p));
        assertEquals(rub("263.08"), p.amount());
        assertEquals(LocalDate.of(2025, 2, 10), p.dueDate());
    }

    // May 2022, due 10.06.2022, 3 000 ₽ paid 20.09.2022 (day 102); the key rate that day, 7.5 %, is lower
    // than the 9.5 % cap, so it applies. Days 31–90 (11.07–08.09): 3 000 × 60 × 7.5 % / 300 = 45.00;
    // days 91–102 (09.09–20.09): 3 000 × 12 × 7.5 % / 130 = 20.77. Total 65.77.
    @Test
    void theLowerCurrentRateBranchOfTheCap() {
        Penalty p = shipped.compute(YearMonth.of(2022, 5), rub("3000"), List.of(new Paid(LocalDate.of(2022, 9, 20), rub("3000"))),
                LocalDate.of(2022, 12, 1));
        assertEquals(List.of("2022-07-11..2022-09-08 60d 1/300 7.5% 45.00", "2022-09-09..2022-09-20 12d 1/130 7.5% 20.77"), charged(p));
        assertEquals(rub("65.77"), p.amount());
        assertTrue(p.pieces().get(1).rateReason().contains("ниже ставки 9,5 %"), p.pieces().get(1).rateReason());
    }

    // January 2020, due 10.02.2020 (2020 is a leap year), 1 000 ₽ paid 20.01.2021; key rate that day 4.25 %,
    // no cap before 28.02.2022. Days 31–55 (12.03–05.04.2020): 1 000 × 25 × 4.25 % / 300 = 3.54; the
    // moratorium 06.04–31.12.2020 costs nothing but its days still count; days 327–346 (01.01–20.01.2021)
    // are past day 90: 1 000 × 20 × 4.25 % / 130 = 6.54. Total 10.08.
    @Test
    void theMoratoriumCostsNothingButItsDaysCount() {
        Penalty p = shipped.compute(YearMonth.of(2020, 1), rub("1000"), List.of(new Paid(LocalDate.of(2021, 1, 20), rub("1000"))),
                LocalDate.of(2021, 2, 1));
        assertEquals(List.of("2020-03-12..2020-04-05 25d 1/300 4.25% 3.54", "2021-01-01..2021-01-20 20d 1/130 4.25% 6.54"), charged(p));
        assertEquals(rub("10.08"), p.amount());
        PenaltyPiece moratorium = p.pieces().stream().filter(x -> x.from().equals(LocalDate.of(2020, 4, 6))).findFirst().orElseThrow();
        assertEquals(0, moratorium.amount().signum());
        assertTrue(moratorium.rateReason().contains("№ 424"));
    }

    // November 2021, due 10.12.2021, 2 000 ₽ paid 15.04.2022; key rate that day 17 %. Days 31–79
    // (10.01–27.02.2022), before the cap: 2 000 × 49 × 17 % / 300 = 55.53; days 80–90 (28.02–10.03) under
    // the cap: 2 000 × 11 × 9.5 % / 300 = 6.97; days 91–126 (11.03–15.04): 2 000 × 36 × 9.5 % / 130 = 52.62.
    // Total 115.12.
    @Test
    void aDebtAcrossTheStartOfTheCap() {
        Penalty p = shipped.compute(YearMonth.of(2021, 11), rub("2000"), List.of(new Paid(LocalDate.of(2022, 4, 15), rub("2000"))),
                LocalDate.of(2022, 5, 1));
        assertEquals(List.of("2022-01-10..2022-02-27 49d 1/300 17% 55.53", "2022-02-28..2022-03-10 11d 1/300 9.5% 6.97",
                "2022-03-11..2022-04-15 36d 1/130 9.5% 52.62"), charged(p));
        assertEquals(rub("115.12"), p.amount());
    }

    // The 30 free days: paid on day 30 costs nothing, paid on day 31 costs one day.
    // January 2025, due 10.02.2025; day 30 = 12.03.2025, day 31 = 13.03.2025: 10 000 × 1 × 9.5 % / 300 = 3.17.
    @Test
    void thirtyDaysAreFree() {
        assertEquals(rub("0.00"), shipped.compute(YearMonth.of(2025, 1), rub("10000"),
                List.of(new Paid(LocalDate.of(2025, 3, 12), rub("10000"))), LocalDate.of(2025, 4, 1)).amount());
        assertEquals(rub("3.17"), shipped.compute(YearMonth.of(2025, 1), rub("10000"),
                List.of(new Paid(LocalDate.of(2025, 3, 13), rub("10000"))), LocalDate.of(2025, 4, 1)).amount());
    }

    // Partial payment: 4 000 of 10 000 paid on day 19 (01.03.2025) costs nothing; the other 6 000 still
    // unpaid on 11.04.2025 (day 60) accrue days 31–60 at the rate on that day (21 %, capped 9.5 %):
    // 6 000 × 30 × 9.5 % / 300 = 57.00.
    @Test
    void partsPaidEarlyCostNothingTheRestAccruesToTheDayOfCalculation() {
        Penalty p = shipped.compute(YearMonth.of(2025, 1), rub("10000"), List.of(new Paid(LocalDate.of(2025, 3, 1), rub("4000"))),
                LocalDate.of(2025, 4, 11));
        assertEquals(List.of("2025-03-13..2025-04-11 30d 1/300 9.5% 57.00"), charged(p));
        assertEquals(rub("6000.00"), p.pieces().get(p.pieces().size() - 1).debt());
        assertTrue(p.pieces().get(p.pieces().size() - 1).rateReason().contains("на день расчёта 11.04.2025"));
    }

    // With the shipped table (its last row: 16.5 % from 27.10.2025): the cap ends on 31.12.2026; a debt for October 2026 (due 15.11.2026) paid
    // 01.02.2027 with a key rate of 16.5 %: days 31–46 (16.12–31.12.2026) capped: 1 000 × 16 × 9.5 % / 300 = 5.07;
    // days 47–78 (01.01–01.02.2027) at the key rate: 1 000 × 32 × 16.5 % / 300 = 17.60. Total 22.67.
    @Test
    void theCapEndsWithTheRule() {
        Penalty p = shipped.compute(YearMonth.of(2026, 10), rub("1000"), List.of(new Paid(LocalDate.of(2027, 2, 1), rub("1000"))),
                LocalDate.of(2027, 3, 1));
        assertEquals(List.of("2026-12-16..2026-12-31 16d 1/300 9.5% 5.07", "2027-01-01..2027-02-01 32d 1/300 16.5% 17.60"), charged(p));
        assertEquals(rub("22.67"), p.amount());
    }

    // The rate is the one on the day of payment for every day of that part, not the rates along the way.
    @Test
    void theRateOnTheDayOfPaymentAppliesToAllDays() {
        PenaltyCalculator calc = new PenaltyCalculator(new KeyRates(List.of(new KeyRate(LocalDate.of(2018, 1, 1), rub("10")),
                new KeyRate(LocalDate.of(2018, 4, 1), rub("20")))), List.of());
        // January 2018, due 10.02.2018; paid 11.04.2018 = day 60; 300 × 30 × 20 % / 300 = 6.00
        Penalty p = calc.compute(YearMonth.of(2018, 1), rub("300"), List.of(new Paid(LocalDate.of(2018, 4, 11), rub("300"))),
                LocalDate.of(2018, 5, 1));
        assertEquals(rub("6.00"), p.amount());
    }

    @Test
    void theTotalIsTheSumOfThePiecesAndTheExplanationShowsTheFormula() {
        Penalty p = shipped.compute(YearMonth.of(2025, 1), rub("10000"), List.of(new Paid(LocalDate.of(2025, 5, 21), rub("10000"))),
                LocalDate.of(2025, 6, 30));
        assertEquals(p.amount(), p.pieces().stream().map(PenaltyPiece::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        List<String> lines = org.kabinet.billing.api.PenaltyTexts.explain(p);
        assertEquals("Долг за январь 2025: 10\u00a0000,00\u00a0₽, срок оплаты — 10.02.2025.", lines.get(0));
        assertTrue(lines.get(1).startsWith("11.02.2025–12.03.2025, дни 1–30 (30 дн.)"), lines.get(1));
        assertEquals("13.03.2025–11.05.2025, дни 31–90 (60 дн.): 10\u00a0000,00\u00a0₽ × 60 × 1/300 × 9,5 % = 190,00\u00a0₽ — ставка 9,5 % по "
                + "ПП РФ № 474 от 26.03.2022 (ставка на 27.02.2022), продлено ПП РФ № 329 от 18.03.2025 до 01.01.2027 "
                + "(ключевая ставка на день оплаты 21.05.2025 — 21 %, выше).", lines.get(2));
        assertEquals("Итого пени: 263,08\u00a0₽.", lines.get(lines.size() - 1));
    }

    @Test
    void noRateKnownIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> shipped.compute(YearMonth.of(2010, 1), rub("100"),
                List.of(new Paid(LocalDate.of(2010, 6, 1), rub("100"))), LocalDate.of(2010, 7, 1)));
    }
}
