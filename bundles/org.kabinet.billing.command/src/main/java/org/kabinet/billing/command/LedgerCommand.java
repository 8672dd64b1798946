package org.kabinet.billing.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.PenaltyTexts;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "ledger", description = "Shows an account's periods, balance and пени with their explanation (account id)")
@Service
public class LedgerCommand implements Action {
    @Reference
    BillingAdministration billing;

    @Reference
    java.util.List<ErrorCatalog> errors;

    @Argument(index = 0, name = "account", description = "The account id (kabinet:accounts lists them)", required = true)
    String account;

    @Override
    public Object execute() {
        LedgerView ledger;
        try {
            ledger = billing.ledger(account);
        } catch (KabinetException e) {
            System.err.println(BillingTexts.of(errors, e));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Period");
        table.column("Charged");
        table.column("Paid");
        table.column("Owed");
        table.column("Due");
        ledger.periods().forEach(p -> table.addRow().addContent(p.period(), p.charged().add(p.penaltiesCharged()).toPlainString(),
                p.paid().toPlainString(), p.owed().toPlainString(), p.dueDate()));
        table.print(System.out);
        System.out.println("Balance " + ledger.balance().toPlainString() + " RUB (advance " + ledger.advance().toPlainString()
                + "), penalties as of " + ledger.asOf() + ": " + ledger.penaltyTotal().toPlainString() + " RUB");
        ledger.penalties().forEach(p -> PenaltyTexts.explain(p).forEach(line -> System.out.println("  " + line)));
        return null;
    }
}
