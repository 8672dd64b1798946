package org.kabinet.billing.command;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.kabinet.billing.api.BillingAdministration;

@Command(scope = "kabinet", name = "period-close", description = "Closes a month (yyyy-MM): its charges never change again")
@Service
public class PeriodCloseCommand implements Action {
    @Reference
    BillingAdministration billing;

    @Reference
    Session session;

    @Argument(index = 0, name = "period", description = "The month, yyyy-MM", required = true)
    String period;

    @Override
    public Object execute() {
        try {
            YearMonth month = YearMonth.parse(period);
            billing.closePeriod(month, BillingTexts.by(session));
            System.out.println("Period " + month + " closed.");
        } catch (DateTimeParseException e) {
            System.err.println("Not closed: the period is a month written yyyy-MM");
        }
        return null;
    }
}
