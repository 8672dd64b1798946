package org.kabinet.billing.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "penalty-rules",
        description = "Lists the government rules that change пени (moratorium, rate cap), or adds one "
                + "(--add with --kind, --from, optional --to and --cap, and the source)")
@Service
public class PenaltyRulesCommand implements Action {
    @Reference
    BillingAdministration billing;

    @Reference
    java.util.List<org.kabinet.kernel.error.ErrorCatalog> errors;

    @Reference
    Session session;

    @Option(name = "--add", description = "Add the rule, or replace the one of its kind starting on --from")
    boolean add;

    @Option(name = "--kind", description = "NO_ACCRUAL (no пени for those days) or RATE_CAP (the rate is --cap, or the key rate if lower)")
    String kind;

    @Option(name = "--from", description = "The first day the rule covers, yyyy-MM-dd")
    String from;

    @Option(name = "--to", description = "The last day it covers, yyyy-MM-dd (none: open-ended)")
    String to;

    @Option(name = "--cap", description = "For RATE_CAP: the rate, per cent a year, e.g. 9.5")
    String cap;

    @Argument(name = "source", description = "The act, e.g. «ПП РФ № 329 от 18.03.2025»", multiValued = true)
    java.util.List<String> source;

    @Override
    public Object execute() {
        if (add) {
            try {
                PenaltyRule rule = billing.savePenaltyRule(new PenaltyRule(PenaltyRule.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                        LocalDate.parse(from), to == null ? null : LocalDate.parse(to), cap == null ? null : new BigDecimal(cap.replace(',', '.')),
                        source == null ? null : String.join(" ", source)), BillingTexts.by(session));
                System.out.println("Rule " + rule.kind() + " from " + rule.from() + " saved.");
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                System.err.println("Not saved: give --kind NO_ACCRUAL|RATE_CAP, --from yyyy-MM-dd, --cap for RATE_CAP, and the source");
            } catch (KabinetException e) {
                System.err.println("Not saved: " + BillingTexts.of(errors, e));
            }
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("From");
        table.column("To");
        table.column("Cap %");
        table.column("Source");
        billing.penaltyRules().forEach(r -> table.addRow().addContent(r.kind(), r.from(), r.to() == null ? "" : r.to(),
                r.capPercent() == null ? "" : r.capPercent().toPlainString(), r.source()));
        table.print(System.out);
        return null;
    }
}
