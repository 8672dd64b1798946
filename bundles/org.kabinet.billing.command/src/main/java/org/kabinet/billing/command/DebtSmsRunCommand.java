package org.kabinet.billing.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.kabinet.billing.api.DebtSms;
import org.kabinet.billing.api.DebtSmsRun;

@Command(scope = "kabinet", name = "debt-sms-run",
        description = "Runs this month's debt SMS now (one per account, tenant and month: a second run sends only what the first did not)")
@Service
public class DebtSmsRunCommand implements Action {
    @Reference
    DebtSms debtSms;

    @Reference
    Session session;

    @Option(name = "--dry-run", description = "Count and show the text without queueing anything")
    boolean dryRun;

    @Override
    public Object execute() {
        DebtSmsRun run = debtSms.run(dryRun, BillingTexts.by(session));
        System.out.println((dryRun ? "Preview of the debt SMS for " : "Debt SMS for ") + run.month()
                + " (debt above " + run.threshold() + " RUB):");
        System.out.println("  accounts in debt        " + run.debtors());
        System.out.println("  tenants linked to them  " + run.found());
        System.out.println("  " + (dryRun ? "would be queued        " : "queued now             ") + run.queued());
        System.out.println("  queued before          " + run.alreadyQueued());
        System.out.println("  no confirmed phone     " + run.noPhone());
        System.out.println("  switched off           " + run.switchedOff());
        if (!dryRun) {
            System.out.println("  this month: sent " + run.sent() + ", delivered " + run.delivered() + ", failed " + run.failed());
        }
        if (run.sampleText() != null) {
            System.out.println("Text (" + run.sampleText().length() + " characters): " + run.sampleText());
        }
        return null;
    }
}
