package org.kabinet.accounts.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountStatus;

@Command(scope = "kabinet", name = "accounts", description = "Lists personal accounts")
@Service
public class AccountsCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Option(name = "-c", aliases = "--city", description = "Only this city (id or name)")
    @Completion(CityCompleter.class)
    String city;

    @Option(name = "-s", aliases = "--status", description = "OPEN or CLOSED")
    @Completion(value = StringsCompleter.class, values = {"OPEN", "CLOSED"})
    String status;

    @Option(name = "-l", aliases = "--linked", description = "Only accounts a tenant has linked")
    boolean linked;

    @Option(name = "-u", aliases = "--unlinked", description = "Only accounts no tenant has linked")
    boolean unlinked;

    @Override
    public Object execute() {
        String cityId = city == null ? null : accounts.cities().stream()
                .filter(c -> c.id().equalsIgnoreCase(city) || c.name().equalsIgnoreCase(city)).map(c -> c.id())
                .findFirst().orElse("-unknown-");
        AccountFilter filter = new AccountFilter(cityId, status == null ? null : AccountStatus.valueOf(status.toUpperCase()),
                linked ? Boolean.TRUE : unlinked ? Boolean.FALSE : null);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Number", "City", "Kind", "Address", "Area", "Residents", "Status", "Linked", "Id"}) {
            table.column(column);
        }
        accounts.accounts(filter).forEach(a -> table.addRow().addContent(a.number(), a.city().name(), a.kind(), a.address(),
                a.areaM2(), a.residents(), a.status(), a.linkedTenants(), a.id()));
        table.print(System.out);
        return null;
    }
}
