package org.kabinet.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.notifications.api.MailDiagnostics;

@Command(scope = "kabinet", name = "mail-test", description = "Sends a test letter now, bypassing the queue, and tells where it went")
@Service
public class MailTestCommand implements Action {
    @Reference
    MailDiagnostics mail;

    @Argument(index = 0, name = "address", required = true, description = "Recipient e-mail address")
    String address;

    @Override
    public Object execute() {
        try {
            System.out.println("Test letter to " + address + " delivered: " + mail.sendTestLetter(address));
        } catch (IllegalStateException e) {
            System.err.println("Test letter to " + address + " NOT delivered: " + e.getMessage());
        }
        return null;
    }
}
