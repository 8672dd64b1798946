package org.kabinet.billing.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.RegistryImport;

@Command(scope = "kabinet", name = "payment-import",
        description = "Posts a bank's payment registry (CSV, the default layout; see the README), all or nothing")
@Service
public class PaymentImportCommand implements Action {
    @Reference
    BillingAdministration billing;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", description = "The CSV file", required = true)
    String file;

    @Option(name = "--encoding", description = "auto (default), UTF-8 or windows-1251")
    String encoding = "auto";

    @Override
    public Object execute() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            System.err.println("Not posted: cannot read " + file);
            return null;
        }
        RegistryImport result = billing.importPayments(bytes, encoding, Map.of(), BillingTexts.by(session), Progress.NONE);
        if (!result.accepted()) {
            System.err.println("Not posted: fix these lines and post the file again");
            result.problems().forEach(p -> System.err.println("  line " + p.line() + ": " + p.reason()));
            return null;
        }
        System.out.println("Posted " + result.posted() + " payments (" + result.total().toPlainString() + " RUB); "
                + result.alreadyPosted() + " had been posted before.");
        return null;
    }
}
