package org.kabinet.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.City;

@Command(scope = "kabinet", name = "cities", description = "Lists the cities of the reference list, or adds one")
@Service
public class CitiesCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Option(name = "-a", aliases = "--add", description = "Add a city with this name")
    String add;

    @Override
    public Object execute() {
        if (add != null) {
            City city = accounts.addCity(add);
            System.out.println("Added " + city.name() + " (" + city.id() + ")");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        accounts.cities().forEach(c -> table.addRow().addContent(c.id(), c.name()));
        table.print(System.out);
        return null;
    }
}
