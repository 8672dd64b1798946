package org.kabinet.billing.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "key-rates",
        description = "Lists the Bank of Russia key rates used for пени, or adds one (--add with --from, --percent, --source)")
@Service
public class KeyRatesCommand implements Action {
    @Reference
    org.apache.karaf.shell.api.console.Session session;

    @Reference
    BillingAdministration billing;

    @Reference
    java.util.List<org.kabinet.kernel.error.ErrorCatalog> errors;

    @Option(name = "--add", description = "Add (or replace) the rate taking effect on --from")
    boolean add;

    @Option(name = "--from", description = "The day the rate takes effect, yyyy-MM-dd")
    String from;

    @Option(name = "--percent", description = "The rate, per cent a year, e.g. 16.5")
    String percent;

    @Argument(name = "source", description = "Where the rate comes from, e.g. «решение Банка России от 24.10.2025»", multiValued = true)
    java.util.List<String> source;

    @Override
    public Object execute() {
        if (add) {
            try {
                KeyRate rate = billing.saveKeyRate(new KeyRate(LocalDate.parse(from), new BigDecimal(percent.replace(',', '.'))),
                        source == null ? null : String.join(" ", source), BillingTexts.by(session));
                System.out.println("Key rate " + rate.percent().toPlainString() + " % from " + rate.from() + " saved.");
            } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
                System.err.println("Not saved: give --from yyyy-MM-dd, --percent and the source");
            } catch (KabinetException e) {
                System.err.println("Not saved: " + BillingTexts.of(errors, e));
            }
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("From");
        table.column("Percent");
        billing.keyRates().forEach(r -> table.addRow().addContent(r.from(), r.percent().toPlainString()));
        table.print(System.out);
        return null;
    }
}
