package org.kabinet.communication.command;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;

@Command(scope = "kabinet", name = "messages",
        description = "The staff inbox of tenants' messages and feedback, newest activity first: kabinet:messages [--status NEW] [--assignee -] [--feedback] [--search text]")
@Service
public class MessagesCommand implements Action {
    static final String UNREAD = "●";

    @Reference
    MessageAdministration inbox;

    @Reference
    PortalTime time;

    @Reference
    List<ErrorCatalog> errors;

    @Option(name = "--status", description = "NEW, IN_PROGRESS, ANSWERED or CLOSED")
    @Completion(value = StringsCompleter.class, values = {"NEW", "IN_PROGRESS", "ANSWERED", "CLOSED"})
    String status;

    @Option(name = "--assignee", description = "The staff member's name, or - for threads nobody has taken")
    String assignee;

    @Option(name = "--feedback", description = "Only the feedback form's threads (without an account)")
    boolean feedback;

    @Option(name = "--search", description = "Part of the number, the subject, the account number or the contact")
    String search;

    @Option(name = "--limit", description = "How many, 1 to 500 (default 50)")
    int limit = 50;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        InboxFilter filter;
        try {
            filter = filter(status, assignee, feedback, search, limit);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return;
        }
        try {
            print(inbox.inbox(filter), inbox.counts(), time.zone(), out);
        } catch (KabinetException e) {
            err.println(CommunicationTexts.error(errors, e));
        }
    }

    static InboxFilter filter(String status, String assignee, boolean feedback, String search, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("--limit is 1 to 500");
        }
        ThreadStatus wanted = null;
        if (status != null) {
            try {
                wanted = ThreadStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--status is one of NEW, IN_PROGRESS, ANSWERED, CLOSED");
            }
        }
        return new InboxFilter(wanted, null, blankToNull(assignee), feedback ? Boolean.TRUE : null, blankToNull(search), limit);
    }

    static void print(List<ThreadSummary> threads, InboxCounts counts, ZoneId zone, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No threads match.");
        for (String column : new String[] {"Number", "Last post", "Status", "Topic"}) {
            table.column(column);
        }
        table.column("Subject").maxSize(40);
        table.column("From").maxSize(40);
        for (String column : new String[] {"Account", "Assignee", "Unread"}) {
            table.column(column);
        }
        threads.forEach(t -> table.addRow().addContent(t.number(), CommunicationTexts.when(t.updatedAt(), zone),
                CommunicationTexts.status(t.status()), CommunicationTexts.topic(t.topic()), CommunicationTexts.orNone(t.subject()),
                CommunicationTexts.from(t), CommunicationTexts.account(t), CommunicationTexts.orNone(t.assignee()), t.unread() ? UNREAD : ""));
        table.print(out);
        out.println(threads.size() + (threads.size() == 1 ? " thread" : " threads") + " shown. Inbox: " + counts.newThreads() + " "
                + CommunicationTexts.status(ThreadStatus.NEW) + ", " + counts.inProgress() + " " + CommunicationTexts.status(ThreadStatus.IN_PROGRESS)
                + ", " + counts.answered() + " " + CommunicationTexts.status(ThreadStatus.ANSWERED) + ", " + counts.closed() + " "
                + CommunicationTexts.status(ThreadStatus.CLOSED) + "; " + counts.unread() + " with a post staff have not opened (" + UNREAD + ").");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
