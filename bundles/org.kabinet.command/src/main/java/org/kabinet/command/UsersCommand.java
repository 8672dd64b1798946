package org.kabinet.command;

import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

@Command(scope = "kabinet", name = "users", description = "Lists registered tenants with their status")
@Service
public class UsersCommand implements Action {
    @Reference
    PortalTime time;


    @Reference
    TenantDirectory tenants;

    @Option(name = "-u", aliases = "--unconfirmed", description = "Only tenants who have not confirmed the e-mail yet")
    boolean unconfirmedOnly;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("E-mail");
        table.column("Status");
        table.column("Registered");
        table.column("Confirmed");
        table.column("Id");
        for (Tenant t : tenants.list()) {
            if (unconfirmedOnly && t.confirmed()) {
                continue;
            }
            table.addRow().addContent(t.email(), t.confirmed() ? "confirmed" : "unconfirmed",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(time.zone()).format(t.registeredAt()), t.confirmedAt() == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(time.zone()).format(t.confirmedAt()), t.id());
        }
        table.print(System.out);
        return null;
    }
}
