package org.kabinet.meters.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.WindowRule;

@Command(scope = "kabinet", name = "window-set",
        description = "Sets when readings are taken: kabinet:window-set COMPANY|CITY|BUILDING [city id or address] <from day> <to day> SOFT|STRICT")
@Service
public class WindowSetCommand implements Action {
    @Reference
    Session session;

    @Reference
    MeterAdministration meters;

    @Reference
    List<ErrorCatalog> errors;

    @Argument(name = "rule", description = "COMPANY 20 25 SOFT · CITY khanty-mansiysk 19 23 STRICT · BUILDING \"ул. Мира, д. 5\" 23 25 SOFT "
            + "(SOFT: a reading outside the window counts for the next month; STRICT: it is refused)", required = true, multiValued = true)
    List<String> rule;

    @Override
    public Object execute() {
        WindowRule wanted;
        try {
            wanted = ConsoleInput.window(rule);
        } catch (IllegalArgumentException e) {
            System.err.println("Not set: " + e.getMessage());
            return null;
        }
        try {
            WindowRule set = meters.setWindow(wanted, MetersTexts.by(session));
            System.out.println("Window of " + set.scope() + (set.scopeValue().isEmpty() ? "" : " " + set.scopeValue()) + " set: days "
                    + set.fromDay() + "–" + set.toDay() + ", " + set.mode() + ".");
        } catch (KabinetException e) {
            System.err.println("Not set: " + MetersTexts.of(errors, e));
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Scope", "Of", "From", "To", "Mode"}) {
            table.column(column);
        }
        meters.windows().forEach(w -> table.addRow().addContent(w.scope(), w.scopeValue(), w.fromDay(), w.toDay(), w.mode()));
        table.print(System.out);
        return null;
    }
}
