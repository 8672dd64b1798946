package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Tariff;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** Billing's rules over the real persistence unit on in-memory Derby. */
class BillingServiceTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T05:00:00Z"));
    private LocalJpa jpa;
    private BillingService billing;
    private final BillingRun.Billable rentFlat = new BillingRun.Billable(
            new AccountFacts("acc-rent", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2), "8600001", "RENT");
    private final BillingRun.Billable utilitiesFlat = new BillingRun.Billable(
            new AccountFacts("acc-zhku", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2), "8600002", "UTILITIES");

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-billing", SchemaMigrations.of("bil", getClass().getClassLoader(), "db/billing", "V1__billing.sql", "V2__penalty_rules_and_audit.sql"));
        billing = new BillingService(new JpaBillingStore(jpa), jpa, clock, ZoneId.of("Asia/Yekaterinburg"),
                (a, s, p) -> Optional.empty());
        billing.seedRates();
        billing.saveService(new Service("rent", "Плата за наём", "Rent", Service.Group.RENT, Service.Unit.M2, Service.Base.AREA, null),
                Set.of("RENT"), "m");
        billing.saveService(new Service("maint", "Содержание и ремонт", "Maintenance", Service.Group.MAINTENANCE, Service.Unit.M2,
                Service.Base.AREA, null), Set.of("UTILITIES"), "m");
        billing.addTariff(new Tariff("rent", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, new BigDecimal("12.37")), "m");
        billing.addTariff(new Tariff("maint", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, new BigDecimal("30.15")), "m");
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void aRunStoresLinesAReRunReplacesThemAndAClosedPeriodRefuses() {
        RunSummary preview = billing.run(MARCH, List.of(rentFlat, utilitiesFlat), true, "m", Progress.NONE);
        assertEquals(new BigDecimal("1662.54"), preview.total(), "483,67 + 1 178,87");
        assertTrue(billing.charges("acc-rent").isEmpty(), "a preview stores nothing");

        billing.run(MARCH, List.of(rentFlat, utilitiesFlat), false, "m", Progress.NONE);
        billing.run(MARCH, List.of(rentFlat, utilitiesFlat), false, "m", Progress.NONE);
        assertEquals(1, billing.charges("acc-rent").size(), "a re-run replaces its lines");
        assertEquals(new BigDecimal("483.67"), billing.charges("acc-rent").get(0).line().amount());

        billing.closePeriod(MARCH, "manager");
        ValidationException closed = assertThrows(ValidationException.class, () -> billing.run(MARCH, List.of(rentFlat), false, "m", Progress.NONE));
        assertEquals("billing.period.closed", closed.code());
        assertEquals(1, billing.charges("acc-rent").size());
    }

    @Test
    void paymentsAreIdempotentByIdConflictWithOtherDataAndReverse() {
        Payment p = new Payment("SB-1", LocalDate.of(2026, 3, 20), new BigDecimal("483.67"), null, false);
        assertTrue(billing.postPayment("acc-rent", p, "STAFF", "manager").created());
        assertFalse(billing.postPayment("acc-rent", p, "STAFF", "manager").created(), "the same payment again is the same payment");
        KabinetException conflict = assertThrows(KabinetException.class, () -> billing.postPayment("acc-rent",
                new Payment("SB-1", LocalDate.of(2026, 3, 20), new BigDecimal("500"), null, false), "STAFF", "manager"));
        assertEquals(Failure.CONFLICT, conflict.failure());
        assertEquals(1, billing.payments("acc-rent").size());

        assertThrows(ValidationException.class, () -> billing.postPayment("acc-rent",
                new Payment("SB-2", LocalDate.of(2026, 4, 2), new BigDecimal("1"), null, false), "STAFF", "m"), "dated tomorrow");
        assertThrows(ValidationException.class, () -> billing.postPayment("acc-rent",
                new Payment("SB 3", LocalDate.of(2026, 3, 2), new BigDecimal("1"), null, false), "STAFF", "m"), "a space in the id");
        assertThrows(ValidationException.class, () -> billing.postPayment("acc-rent",
                new Payment("SB-4", LocalDate.of(2026, 3, 2), new BigDecimal("1.001"), null, false), "STAFF", "m"), "a tenth of a kopeck");
        assertThrows(ValidationException.class, () -> billing.postPayment("acc-rent",
                new Payment("SB-5", LocalDate.of(2026, 3, 2), new BigDecimal("1000000000000"), null, false), "STAFF", "m"), "a trillion");

        assertTrue(billing.reverse("SB-1", "ошибочный счёт", "manager").reversed());
        assertTrue(billing.payments("acc-rent").get(0).payment().reversed(), "a reversed payment stays on record");
        assertThrows(ValidationException.class, () -> billing.reverse("SB-1", "ещё раз", "manager"));
    }

    @Test
    void theLedgerShowsDebtAndExplainedPenalties() {
        billing.run(YearMonth.of(2026, 1), List.of(rentFlat), false, "m", Progress.NONE);
        // January 2026 (due 10.02.2026), 483,67 ₽ unpaid on 01.04.2026 — day 50: days 31–50 under the
        // 9,5 % cap: 483,67 × 20 × 9,5 % / 300 = 3,06 ₽
        LedgerView ledger = billing.ledger("acc-rent");
        assertEquals(new BigDecimal("483.67"), ledger.balance());
        assertEquals(new BigDecimal("3.06"), ledger.penaltyTotal());
        assertEquals(LocalDate.of(2026, 4, 1), ledger.asOf());
    }

    @Test
    void aRegistryPostsAllOrNothing() {
        Map<String, String> accounts = Map.of("8600001|Ханты-Мансийск", "acc-rent");
        List<PaymentRegistry.Line> good = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                R-1;2026-03-05;8600001;Ханты-Мансийск;100
                R-2;2026-03-06;8600001;Ханты-Мансийск;200
                """, n -> { }).rows();
        org.kabinet.billing.api.RegistryImport first = billing.importPayments(good, (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(2, first.posted());
        assertEquals(new BigDecimal("300.00"), first.total());
        org.kabinet.billing.api.RegistryImport again = billing.importPayments(good, (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(0, again.posted());
        assertEquals(2, again.alreadyPosted(), "the same registry again posts nothing new");

        List<PaymentRegistry.Line> bad = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                R-3;2026-03-07;8600001;Ханты-Мансийск;50
                R-4;2026-03-07;9999999;Ханты-Мансийск;50
                """, n -> { }).rows();
        org.kabinet.billing.api.RegistryImport rejected = billing.importPayments(bad, (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(List.of(new org.kabinet.billing.api.RegistryImport.LineProblem(3, "лицевой счёт 9999999 (Ханты-Мансийск) не найден")),
                rejected.problems());
        List<PaymentRegistry.Line> conflicting = new PaymentRegistry().read("""
                payment_id;paid_on;account;city;amount
                R-5;2026-03-07;8600001;Ханты-Мансийск;50
                R-1;2026-03-05;8600001;Ханты-Мансийск;999
                """, n -> { }).rows();
        BillingService.RegistryRejected conflict = assertThrows(BillingService.RegistryRejected.class,
                () -> billing.importPayments(conflicting, (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { }));
        assertEquals(3, conflict.problems().get(0).line());
        assertEquals(2, billing.payments("acc-rent").size(), "nothing of a rejected registry is posted (R-5 rolled back)");
    }

    @Test
    void aChargeRegistryLoadsOnceAndRefusesClosedPeriodsAndUnknownAccounts() {
        Map<String, String> accounts = Map.of("8600001|Ханты-Мансийск", "acc-rent");
        String text = """
                account;city;period;service;volume;unit;tariff;amount;kind;reason
                8600001;Ханты-Мансийск;2026-02;rent;39,1;м²;12,37;483,67;;
                8600001;Ханты-Мансийск;2026-02;rent;;;;-100;recalculation;перерасчёт
                """;
        List<ChargeRegistry.Line> lines = new ChargeRegistry().read(text, n -> { }).rows();
        org.kabinet.billing.api.RegistryImport first = billing.importCharges(lines, (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(2, first.posted());
        assertEquals(new BigDecimal("383.67"), first.total());
        org.kabinet.billing.api.RegistryImport again = billing.importCharges(new ChargeRegistry().read(text, n -> { }).rows(),
                (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(0, again.posted());
        assertEquals(2, again.alreadyPosted());
        assertEquals(2, billing.charges("acc-rent").size());
        assertEquals(org.kabinet.billing.api.Service.Unit.M2, billing.charges("acc-rent").stream()
                .filter(c -> c.kind() == org.kabinet.billing.api.Charge.Kind.CHARGE).findFirst().orElseThrow().line().unit());

        billing.closePeriod(YearMonth.of(2026, 1), "m");
        org.kabinet.billing.api.RegistryImport refused = billing.importCharges(new ChargeRegistry().read("""
                account;city;period;service;amount
                8600001;Ханты-Мансийск;2026-01;rent;10
                9999999;Ханты-Мансийск;2026-02;rent;10
                """, n -> { }).rows(), (n, c) -> Optional.ofNullable(accounts.get(n + "|" + c)), "m", n -> { });
        assertEquals(List.of(new org.kabinet.billing.api.RegistryImport.LineProblem(3, "лицевой счёт 9999999 (Ханты-Мансийск) не найден"),
                new org.kabinet.billing.api.RegistryImport.LineProblem(2, "период 2026-01 закрыт: исправления — перерасчётом в открытом периоде")),
                refused.problems());
        assertEquals(2, billing.charges("acc-rent").size(), "nothing of a refused registry is loaded");
    }

    @Test
    void listenersHearPaymentsReversalsAndClosingsInsideTheTransaction() {
        List<String> heard = new java.util.ArrayList<>();
        billing.withListeners(() -> List.of(new org.kabinet.billing.api.BillingListener() {
            @Override
            public void paymentPosted(String accountId, Payment payment) {
                heard.add("posted " + accountId + " " + payment.id());
            }

            @Override
            public void paymentReversed(String accountId, Payment payment) {
                heard.add("reversed " + accountId + " " + payment.id());
            }

            @Override
            public void periodClosed(YearMonth period) {
                heard.add("closed " + period);
            }
        }));
        Payment p = new Payment("L-1", LocalDate.of(2026, 3, 20), new BigDecimal("10"), null, false);
        billing.postPayment("acc-rent", p, "STAFF", "m");
        billing.postPayment("acc-rent", p, "STAFF", "m");
        billing.reverse("L-1", "ошибка", "m");
        billing.closePeriod(MARCH, "m");
        assertEquals(List.of("posted acc-rent L-1", "reversed acc-rent L-1", "closed 2026-03"), heard, "a repeated payment is not heard twice");

        // a listener that fails rolls the payment back: nothing is posted that others did not hear
        billing.withListeners(() -> List.of(new org.kabinet.billing.api.BillingListener() {
            @Override
            public void paymentPosted(String accountId, Payment payment) {
                throw new IllegalStateException("outbox down");
            }
        }));
        assertThrows(IllegalStateException.class, () -> billing.postPayment("acc-rent",
                new Payment("L-2", LocalDate.of(2026, 3, 21), new BigDecimal("10"), null, false), "STAFF", "m"));
        assertTrue(billing.payments("acc-rent").stream().noneMatch(x -> x.payment().id().equals("L-2")));
    }

    @Test
    void penaltyRulesAreDataStaffCanChangeAndTheLedgerFollowsThem() {
        assertEquals(ShippedRates.penaltyRules(), billing.penaltyRules(), "seeded from the shipped table on first start");
        billing.run(YearMonth.of(2026, 1), List.of(rentFlat), false, "m", Progress.NONE);
        assertEquals(new BigDecimal("3.06"), billing.ledger("acc-rent").penaltyTotal());

        // a new moratorium over the days of that debt: no пени for them any more
        billing.savePenaltyRule(new PenaltyRule(PenaltyRule.Kind.NO_ACCRUAL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), null,
                " ПП РФ (пример) "), "manager");
        assertEquals(new BigDecimal("0.00"), billing.ledger("acc-rent").penaltyTotal().setScale(2));
        // the same kind and first day replaces the rule
        billing.savePenaltyRule(new PenaltyRule(PenaltyRule.Kind.NO_ACCRUAL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), null,
                "ПП РФ (пример)"), "manager");
        assertEquals(3, billing.penaltyRules().size());

        assertEquals("billing.rule.overlap", assertThrows(ValidationException.class, () -> billing.savePenaltyRule(new PenaltyRule(
                PenaltyRule.Kind.RATE_CAP, LocalDate.of(2026, 6, 1), null, new BigDecimal("8"), "ПП"), "manager")).code());
        assertEquals("billing.rule.noCap", assertThrows(ValidationException.class, () -> billing.savePenaltyRule(new PenaltyRule(
                PenaltyRule.Kind.NO_ACCRUAL, LocalDate.of(2030, 1, 1), null, new BigDecimal("8"), "ПП"), "manager")).code());
        assertEquals("billing.rule.cap", assertThrows(ValidationException.class, () -> billing.savePenaltyRule(new PenaltyRule(
                PenaltyRule.Kind.RATE_CAP, LocalDate.of(2030, 1, 1), null, null, "ПП"), "manager")).code());
        assertEquals("billing.rule.dates", assertThrows(ValidationException.class, () -> billing.savePenaltyRule(new PenaltyRule(
                PenaltyRule.Kind.RATE_CAP, LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1), BigDecimal.ONE, "ПП"), "manager")).code());
        assertEquals("billing.rule.source", assertThrows(ValidationException.class, () -> billing.savePenaltyRule(new PenaltyRule(
                PenaltyRule.Kind.RATE_CAP, LocalDate.of(2030, 1, 1), null, BigDecimal.ONE, " "), "manager")).code());
        assertEquals(3, billing.penaltyRules().size(), "refused rules change nothing");
    }

    @Test
    void aSavedKeyRateCountsInTheNextLedgerAtOnceThoughLedgersKeepTheRates() {
        billing.run(YearMonth.of(2026, 1), List.of(rentFlat), false, "m", Progress.NONE);
        BigDecimal before = billing.ledger("acc-rent").penaltyTotal();
        assertEquals(before, billing.ledger("acc-rent").penaltyTotal(), "the kept rates give the same пени");

        // пени use the key rate, capped at 9.5 % until 2027 (the shipped rule): a rate of 2 % from January lowers them
        billing.saveKeyRate(new org.kabinet.billing.api.KeyRate(LocalDate.of(2026, 1, 1), new BigDecimal("2")), "cbr.ru (пример)", "Анна");
        assertTrue(billing.ledger("acc-rent").penaltyTotal().compareTo(before) < 0, "the new rate counts at once");
    }

    @Test
    void everyStaffChangeIsAuditedWithTheStaffMembersNameAndRefusedOnesAreNot() {
        billing.saveKeyRate(new org.kabinet.billing.api.KeyRate(LocalDate.of(2026, 2, 16), new BigDecimal("15.5")), "cbr.ru", "Анна");
        billing.run(MARCH, List.of(rentFlat), true, "Анна", Progress.NONE);
        billing.run(MARCH, List.of(rentFlat), false, "Анна", Progress.NONE);
        billing.postPayment("acc-rent", new Payment("A-1", LocalDate.of(2026, 3, 20), new BigDecimal("100"), null, false), "STAFF", "Борис");
        billing.postPayment("acc-rent", new Payment("A-1", LocalDate.of(2026, 3, 20), new BigDecimal("100"), null, false), "STAFF", "Борис");
        billing.reverse("A-1", "не тот счёт", "Борис");
        billing.closePeriod(MARCH, "Анна");
        assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("nope", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, BigDecimal.ONE), "Вера"));

        List<org.kabinet.billing.api.BillingAudit> audit = billing.audit(100);
        assertEquals(List.of("PERIOD_CLOSED Анна", "PAYMENT_REVERSED Борис", "PAYMENT_POSTED Борис", "PERIOD_BILLED Анна",
                        "KEY_RATE_SAVED Анна", "TARIFF_ADDED m", "TARIFF_ADDED m", "SERVICE_SAVED m", "SERVICE_SAVED m"),
                audit.stream().map(a -> a.action() + " " + a.by()).toList(), "newest first; a dry run, a repeated payment and a refusal leave nothing");
        assertEquals("acc-rent", audit.get(1).accountId());
        assertEquals("A-1: 100,00\u00a0₽ от 20.03.2026 — не тот счёт", audit.get(1).detail());
        assertEquals("billing.period.notOver", assertThrows(ValidationException.class, () -> billing.closePeriod(YearMonth.of(2026, 4), "Анна"))
                .code(), "April is not over on 1 April: closing it would keep it from ever being billed");
        assertEquals("2026-03: счетов 1, строк 1, 483,67\u00a0₽, пропущено 0", audit.get(3).detail());
    }

    @Test
    void badServicesAndTariffsAreRefused() {
        assertEquals("billing.service.code", assertThrows(ValidationException.class, () -> billing.saveService(
                new Service("Cold Water", "Вода", "Water", Service.Group.UTILITIES, Service.Unit.M3, Service.Base.METERED, BigDecimal.ONE),
                Set.of("UTILITIES"), "m")).code());
        assertEquals("billing.service.norm", assertThrows(ValidationException.class, () -> billing.saveService(
                new Service("water", "Вода", "Water", Service.Group.UTILITIES, Service.Unit.M3, Service.Base.METERED, null),
                Set.of("UTILITIES"), "m")).code());
        assertEquals("billing.service.unknown", assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("nope", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, BigDecimal.ONE), "m")).code());
        assertEquals("billing.tariff.dates", assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("rent", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), BigDecimal.ONE), "m")).code());
        assertEquals("billing.tariff.scope", assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("rent", Tariff.Scope.CITY, " ", LocalDate.of(2026, 1, 1), null, BigDecimal.ONE), "m")).code());
        assertEquals("billing.tariff.scope", assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("rent", Tariff.Scope.BUILDING, "ул. Мира, д. 5".repeat(20), LocalDate.of(2026, 1, 1), null, BigDecimal.ONE), "m"))
                .code(), "longer than the column: refused, not a database error");
        assertEquals("billing.tariff.price", assertThrows(ValidationException.class, () -> billing.addTariff(
                new Tariff("rent", Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, BigDecimal.TEN.pow(10)), "m")).code());
        assertEquals("billing.keyRate.source", assertThrows(ValidationException.class, () -> billing.saveKeyRate(
                new org.kabinet.billing.api.KeyRate(LocalDate.of(2026, 2, 16), BigDecimal.TEN), "решение".repeat(50), "m")).code());
        assertEquals(2, billing.tariffs().size());
    }

    @Test
    void everyErrorCodeHasATextInBothLanguages() throws Exception {
        java.util.Properties ru = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        ru.load(new java.io.InputStreamReader(getClass().getResourceAsStream("errors.properties"), java.nio.charset.StandardCharsets.UTF_8));
        en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("errors_en.properties"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ru.keySet(), en.keySet());
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/org/kabinet/billing/impl/BillingService.java"));
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"(billing\\.[a-zA-Z.]+)\"").matcher(source);
        while (code.find()) {
            assertTrue(ru.containsKey(code.group(1)), code.group(1));
        }
    }
}
