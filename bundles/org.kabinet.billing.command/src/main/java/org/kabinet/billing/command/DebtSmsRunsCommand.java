package org.kabinet.billing.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.billing.api.DebtSms;
import org.kabinet.billing.api.DebtSmsRun;

@Command(scope = "kabinet", name = "debt-sms-runs", description = "Lists the debt SMS runs, newest first")
@Service
public class DebtSmsRunsCommand implements Action {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Reference
    DebtSms debtSms;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Month");
        table.column("Started");
        table.column("By");
        table.column("State");
        table.column("Debtors").alignRight();
        table.column("Queued").alignRight();
        table.column("Before").alignRight();
        table.column("No phone").alignRight();
        table.column("Off").alignRight();
        table.column("Sent").alignRight();
        table.column("Failed").alignRight();
        for (DebtSmsRun run : debtSms.runs(50)) {
            table.addRow().addContent(run.month(), TIME.format(run.startedAt()), run.by(), run.state(), run.debtors(), run.queued(),
                    run.alreadyQueued(), run.noPhone(), run.switchedOff(), run.sent(), run.failed());
        }
        table.print(System.out);
        return null;
    }
}
