package org.kabinet.command;

import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;

@Command(scope = "kabinet", name = "sms-send", description = "Queues a test SMS; it goes out through the SMS gateway in use (not in quiet hours)")
@Service
public class SmsSendCommand implements Action {
    @Reference
    Outbox outbox;

    @Argument(index = 0, name = "phone", required = true, description = "10 digits, e.g. 9123456789")
    String phone;

    @Argument(index = 1, name = "text", required = true, description = "The message, quoted")
    String text;

    @Override
    public Object execute() {
        String digits = SmsRequest.phoneDigits(phone).orElse(null);
        if (digits == null) {
            System.err.println("The phone must be 10 digits, e.g. 9123456789");
            return null;
        }
        String key = "sms-test:" + UUID.randomUUID();
        outbox.enqueueSms(new SmsRequest(key, digits, text));
        System.out.println("Queued " + key + "; follow it with kabinet:outbox -c SMS");
        return null;
    }
}
