package org.kabinet.billing.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.billing.api.BillingAdministration;

@Command(scope = "kabinet", name = "services", description = "Lists the billed services and their tariffs")
@Service
public class ServicesCommand implements Action {
    @Reference
    BillingAdministration billing;

    @Override
    public Object execute() {
        ShellTable services = new ShellTable();
        services.column("Code");
        services.column("Name");
        services.column("Group");
        services.column("Base");
        services.column("Unit");
        services.column("Accounts");
        billing.services().forEach(s -> services.addRow().addContent(s.service().code(), s.service().nameRu(), s.service().group(),
                s.service().base(), s.service().unit(), String.join(",", new java.util.TreeSet<>(s.accountKinds()))));
        services.print(System.out);
        ShellTable tariffs = new ShellTable();
        tariffs.column("Service");
        tariffs.column("Scope");
        tariffs.column("Of");
        tariffs.column("From");
        tariffs.column("To");
        tariffs.column("Price");
        billing.tariffs().forEach(t -> tariffs.addRow().addContent(t.serviceCode(), t.scope(), t.scopeValue(), t.from(),
                t.to() == null ? "" : t.to(), t.price().toPlainString()));
        tariffs.print(System.out);
        return null;
    }
}
