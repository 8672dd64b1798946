package org.kabinet.accounts.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdMember;

@Command(scope = "kabinet", name = "account-members",
        description = "Who sees a personal account: its holders and the household members they invited, with their access")
@Service
public class AccountMembersCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Reference
    Household household;

    @Option(name = "-c", aliases = "--city", required = true, description = "City id or name")
    @Completion(CityCompleter.class)
    String city;

    @Argument(index = 0, name = "number", required = true, description = "Account number")
    String number;

    @Override
    public Object execute() {
        List<Account> found = accounts.accounts(AccountFilter.ALL).stream()
                .filter(a -> a.number().equalsIgnoreCase(number.strip())
                        && (a.city().id().equalsIgnoreCase(city) || a.city().name().equalsIgnoreCase(city))).toList();
        if (found.isEmpty()) {
            System.err.println("No account " + number + " in " + city);
            return null;
        }
        List<HouseholdMember> people = household.everyone(found.get(0).id());
        ShellTable table = new ShellTable();
        for (String column : new String[] {"E-mail", "Name", "Access", "Since", "Last visit"}) {
            table.column(column);
        }
        people.forEach(p -> table.addRow().addContent(p.email(), p.name(), p.access(), p.since(),
                p.lastVisit() == null ? "-" : p.lastVisit()));
        table.print(System.out);
        System.out.println(people.isEmpty() ? "Nobody has linked the account." : people.size() + " with access.");
        return null;
    }
}
