package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Service.Base;
import org.kabinet.billing.api.Service.Group;
import org.kabinet.billing.api.Service.Unit;
import org.kabinet.billing.api.Tariff;

class BillingRunTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final Service rent = new Service("rent", "Плата за наём", "Rent", Group.RENT, Unit.M2, Base.AREA, null);
    private final Service maintenance = new Service("maint", "Содержание и ремонт", "Maintenance", Group.MAINTENANCE, Unit.M2, Base.AREA, null);
    private final Service intercom = new Service("intercom", "Домофон", "Intercom", Group.OTHER, Unit.FIXED, Base.FIXED, null);

    private static Tariff tariff(String service, Tariff.Scope scope, String value, String price) {
        return new Tariff(service, scope, value, LocalDate.of(2026, 1, 1), null, new BigDecimal(price));
    }

    private final BillingRun run = new BillingRun(new ChargeCalculator(new TariffChooser(List.of(
            tariff("rent", Tariff.Scope.COMPANY, "", "12.37"),
            tariff("maint", Tariff.Scope.COMPANY, "", "30.15"),
            tariff("intercom", Tariff.Scope.BUILDING, "ул. Мира, д. 5", "45.00"))), (a, s, p) -> Optional.empty()),
            Map.of("RENT", List.of(rent), "UTILITIES", List.of(maintenance, intercom)));

    private static BillingRun.Billable account(String id, String address, String area, String kind) {
        return new BillingRun.Billable(new AccountFacts(id, "khanty-mansiysk", address, new BigDecimal(area), 2), "N-" + id, kind);
    }

    @Test
    void eachAccountGetsTheServicesOfItsKindAndTheSummaryAddsUp() {
        List<Integer> progress = new ArrayList<>();
        BillingRun.Result result = run.run(MARCH, List.of(account("r1", "ул. Мира, д. 5, кв. 1", "39.1", "RENT"),
                account("u1", "ул. Мира, д. 5, кв. 1", "39.1", "UTILITIES"),
                account("u2", "ул. Ленина, д. 2, кв. 3", "50", "UTILITIES")), progress::add);
        // r1: 39,1 × 12,37 = 483,67; u1: 39,1 × 30,15 = 1 178,87 and 45,00; u2: 50 × 30,15 = 1 507,50, no intercom there
        assertEquals(List.of("r1 rent 483.67", "u1 maint 1178.87", "u1 intercom 45.00", "u2 maint 1507.50"),
                result.lines().stream().map(l -> l.accountId() + " " + l.serviceCode() + " " + l.amount().toPlainString()).toList());
        RunSummary summary = result.summary();
        assertEquals(3, summary.accounts());
        assertEquals(4, summary.lines());
        assertEquals(new BigDecimal("3215.04"), summary.total());
        assertEquals(List.of(new RunSummary.Skipped("u2", "N-u2", "нет тарифа на «Домофон»")), summary.skipped());
        assertEquals(List.of(1, 2, 3), progress);
        assertEquals(summary.total(), result.lines().stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anAccountKindWithoutServicesIsNamed() {
        BillingRun.Result result = run.run(MARCH, List.of(account("x", "ул. Мира, д. 5", "10", "PARKING")), n -> { });
        assertEquals(0, result.summary().accounts());
        assertEquals(List.of(new RunSummary.Skipped("x", "N-x", "для вида счёта PARKING не настроены услуги")), result.summary().skipped());
    }
}
