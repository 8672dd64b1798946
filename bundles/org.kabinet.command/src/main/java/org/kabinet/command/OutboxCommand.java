package org.kabinet.command;

import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.OutboxAdministration;

@Command(scope = "kabinet", name = "outbox", description = "Lists outgoing e-mail and SMS (newest first), or retries a failed one")
@Service
public class OutboxCommand implements Action {
    @Reference
    PortalTime time;


    @Reference
    OutboxAdministration outbox;

    @Option(name = "-c", aliases = "--channel", description = "EMAIL, SMS or WEBHOOK")
    @Completion(value = StringsCompleter.class, values = {"EMAIL", "SMS", "WEBHOOK"})
    String channel;

    @Option(name = "-s", aliases = "--state", description = "PENDING, SENT or FAILED")
    @Completion(value = StringsCompleter.class, values = {"PENDING", "SENT", "FAILED"})
    String state;

    @Option(name = "-n", aliases = "--limit", description = "How many (default 50)")
    int limit = 50;

    @Option(name = "--retry", description = "Put the failed message with this id back in the queue")
    String retry;

    @Override
    public Object execute() {
        if (retry != null) {
            System.out.println(outbox.retry(retry) ? "Queued again: " + retry : "No failed message with id " + retry);
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Created", "Channel", "To", "Text", "State", "Attempts", "Next / sent", "Last error", "Id"}) {
            table.column(column);
        }
        outbox.entries(channel == null ? null : channel.toUpperCase(), state == null ? null : state.toUpperCase(), limit)
                .forEach(e -> table.addRow().addContent(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(time.zone()).format(e.createdAt()), e.channel(), e.recipient(),
                        e.text().length() > 40 ? e.text().substring(0, 40) + "…" : e.text(), e.state(), e.attempts(),
                        e.sentAt() != null ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(time.zone()).format(e.sentAt()) : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(time.zone()).format(e.nextAttemptAt()),
                        e.lastError() == null ? "" : e.lastError(), e.id()));
        table.print(System.out);
        return null;
    }
}
