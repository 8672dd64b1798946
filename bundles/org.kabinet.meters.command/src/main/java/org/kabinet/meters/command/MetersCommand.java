package org.kabinet.meters.command;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;

@Command(scope = "kabinet", name = "meters", description = "Lists the meters of an account (account id), or of all accounts")
@Service
public class MetersCommand implements Action {
    @Reference
    MeterAdministration meters;

    @Reference
    AccountAdministration accounts;

    @Reference
    List<ErrorCatalog> errors;

    @Argument(index = 0, name = "account", description = "The account id (kabinet:accounts lists them); all accounts when left out")
    String account;

    @Override
    public Object execute() {
        List<Meter> list;
        Map<String, String> numbers;
        try {
            list = meters.meters(account);
            numbers = account == null ? accounts.accounts(new AccountFilter(null, null, null)).stream()
                    .collect(Collectors.toMap(Account::id, Account::number, (a, b) -> a))
                    : Map.of(account, accounts.account(account).number());
        } catch (KabinetException e) {
            System.err.println(MetersTexts.of(errors, e));
            return null;
        }
        print(list, numbers::get);
        return null;
    }

    static void print(List<Meter> list, Function<String, String> accountNumber) {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Account", "Resource", "Serial", "Place", "Name", "Zones", "Digits", "Installed",
                "Verification", "State", "Id"}) {
            table.column(column);
        }
        list.forEach(m -> table.addRow().addContent(MetersTexts.orEmpty(accountNumber.apply(m.accountId())), m.resource().nameRu(),
                m.serialNumber(), m.place(), m.name(), m.zones(), m.digits(), MetersTexts.orEmpty(m.installedOn()),
                MetersTexts.orEmpty(m.verificationDue()), m.state(), m.id()));
        table.print(System.out);
    }
}
