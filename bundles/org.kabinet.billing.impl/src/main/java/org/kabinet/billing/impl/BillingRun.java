package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.kernel.money.Money;

/**
 * A period's charge lines for a set of accounts: each account gets a line per service of its kind
 * (наём for RENT accounts, the housing and utility services for UTILITIES accounts, as configured).
 * A service without a tariff for an account is left out and named in the summary; so is an account
 * with no line at all. Pure computation: the caller stores the lines (replacing the run's earlier lines
 * of an open period) or only shows the summary as a preview.
 */
public final class BillingRun {
    private final ChargeCalculator calculator;
    private final Map<String, List<Service>> servicesByKind;

    /** @param servicesByKind the services charged on each account kind, by the kind's name (RENT, UTILITIES) */
    public BillingRun(ChargeCalculator calculator, Map<String, List<Service>> servicesByKind) {
        this.calculator = calculator;
        this.servicesByKind = Map.copyOf(servicesByKind);
    }

    /** An account to bill: its facts, its number (for staff reading the summary) and its kind. */
    public record Billable(AccountFacts facts, String number, String kind) {
    }

    /** The lines and the summary; {@code progress} hears the number of accounts done so far. */
    public record Result(List<ChargeLine> lines, RunSummary summary) {
    }

    public Result run(YearMonth period, List<Billable> accounts, Consumer<Integer> progress) {
        List<ChargeLine> lines = new ArrayList<>();
        List<RunSummary.Skipped> skipped = new ArrayList<>();
        int billed = 0;
        int done = 0;
        for (Billable account : accounts) {
            List<Service> services = servicesByKind.getOrDefault(account.kind(), List.of());
            int before = lines.size();
            for (Service service : services) {
                Optional<ChargeLine> line = calculator.line(service, account.facts(), period);
                if (line.isPresent()) {
                    lines.add(line.get());
                } else {
                    skipped.add(new RunSummary.Skipped(account.facts().accountId(), account.number(), "нет тарифа на «" + service.nameRu() + "»"));
                }
            }
            if (services.isEmpty()) {
                skipped.add(new RunSummary.Skipped(account.facts().accountId(), account.number(), "для вида счёта " + account.kind() + " не настроены услуги"));
            }
            if (lines.size() > before) {
                billed++;
            }
            progress.accept(++done);
        }
        BigDecimal total = lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, BigDecimal::add);
        return new Result(List.copyOf(lines), new RunSummary(period, billed, lines.size(), total, List.copyOf(skipped)));
    }
}
