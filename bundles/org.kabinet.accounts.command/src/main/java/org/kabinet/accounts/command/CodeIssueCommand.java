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
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.IssuedCode;

@Command(scope = "kabinet", name = "code-issue",
        description = "Issues registration codes: for one account (number and city), or for every unlinked account of a city or building")
@Service
public class CodeIssueCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Option(name = "-c", aliases = "--city", required = true, description = "City id or name")
    @Completion(CityCompleter.class)
    String city;

    @Option(name = "-b", aliases = "--building", description = "With --all: only addresses starting with this")
    String building;

    @Option(name = "--all", description = "Every open account of the city (or building) that no tenant has linked")
    boolean all;

    @Argument(index = 0, name = "number", description = "Account number (without --all)")
    String number;

    @Override
    public Object execute() {
        List<IssuedCode> codes;
        if (all) {
            codes = accounts.issueCodes(city, building);
        } else if (number != null) {
            codes = accounts.accounts(AccountFilter.ALL).stream()
                    .filter(a -> a.number().equalsIgnoreCase(number.strip())
                            && (a.city().id().equalsIgnoreCase(city) || a.city().name().equalsIgnoreCase(city)))
                    .map(a -> accounts.issueCode(a.id())).toList();
            if (codes.isEmpty()) {
                System.err.println("No account " + number + " in " + city);
                return null;
            }
        } else {
            System.err.println("Give an account number, or --all for a whole city or building");
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Number", "City", "Address", "Code", "Valid until"}) {
            table.column(column);
        }
        codes.forEach(c -> table.addRow().addContent(c.number(), c.city().name(), c.address(), c.code(), c.expiresAt()));
        table.print(System.out);
        System.out.println(codes.size() + " code(s) issued; they are not shown again — print them now.");
        return null;
    }
}
