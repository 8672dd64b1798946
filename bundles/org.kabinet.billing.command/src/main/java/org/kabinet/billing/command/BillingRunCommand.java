package org.kabinet.billing.command;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "billing-run",
        description = "Bills a month (yyyy-MM) for all open accounts or one city; --dry-run shows the summary and stores nothing")
@Service
public class BillingRunCommand implements Action {
    @Reference
    org.apache.karaf.shell.api.console.Session session;

    @Reference
    BillingAdministration billing;

    @Reference
    java.util.List<ErrorCatalog> errors;

    @Argument(index = 0, name = "period", description = "The month, yyyy-MM", required = true)
    String period;

    @Option(name = "--city", description = "Only the accounts of this city (id)")
    String city;

    @Option(name = "--dry-run", description = "Compute and show the summary, store nothing")
    boolean dryRun;

    @Override
    public Object execute() {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            System.err.println("Not run: the period is a month written yyyy-MM");
            return null;
        }
        try {
            RunSummary s = billing.run(month, city, dryRun, BillingTexts.by(session), Progress.NONE);
            System.out.println((dryRun ? "Preview of " : "Billed ") + s.period() + ": " + s.accounts() + " accounts, " + s.lines()
                    + " lines, total " + s.total().toPlainString() + " RUB");
            s.skipped().forEach(k -> System.out.println("  skipped " + k.accountId() + ": " + k.reason()));
        } catch (KabinetException e) {
            System.err.println("Not run: " + BillingTexts.of(errors, e));
        }
        return null;
    }
}
