package org.kabinet.accounts.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.AccountAdministration;

@Command(scope = "kabinet", name = "cities", description = "Lists the cities of the reference list")
@Service
public class CitiesCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        accounts.cities().forEach(c -> table.addRow().addContent(c.id(), c.name()));
        table.print(System.out);
        return null;
    }
}
