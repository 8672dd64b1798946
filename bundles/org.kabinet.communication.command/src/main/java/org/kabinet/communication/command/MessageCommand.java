package org.kabinet.communication.command;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;

@Command(scope = "kabinet", name = "message",
        description = "Shows a thread with all its posts, staff's internal notes included, and marks the tenant's posts read for staff: kabinet:message О-2026-00042")
@Service
public class MessageCommand implements Action {
    @Reference
    MessageAdministration inbox;

    @Reference
    PortalTime time;

    @Reference
    List<ErrorCatalog> errors;

    @Argument(index = 0, name = "thread", description = "The number the tenant quotes (О-2026-00042, a Latin O will do) or the thread's id", required = true)
    String thread;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            print(inbox.thread(ThreadReference.id(inbox, thread)), time.zone(), out);
        } catch (KabinetException e) {
            err.println(CommunicationTexts.error(errors, e));
        }
    }

    static void print(ThreadDetails details, ZoneId zone, PrintStream out) {
        ThreadSummary t = details.summary();
        out.println(t.number() + " · " + CommunicationTexts.status(t.status()) + " · " + CommunicationTexts.topic(t.topic()));
        out.println("Subject:   " + CommunicationTexts.orNone(t.subject()));
        out.println("From:      " + CommunicationTexts.from(t));
        out.println("Account:   " + CommunicationTexts.account(t));
        out.println("Assignee:  " + CommunicationTexts.orNone(t.assignee()));
        out.println("Opened:    " + CommunicationTexts.when(t.createdAt(), zone) + ", last post " + CommunicationTexts.when(t.updatedAt(), zone));
        out.println("Id:        " + t.id());
        for (Post post : details.posts()) {
            out.println();
            out.println("── " + CommunicationTexts.when(post.at(), zone) + " · " + author(post));
            for (String line : (post.text() == null ? "" : post.text()).split("\\R", -1)) {
                out.println("   " + line);
            }
            for (AttachmentInfo file : post.attachments()) {
                out.println("   Attachment: " + file.name() + " (" + CommunicationTexts.size(file.size()) + ")");
            }
        }
        out.println();
        out.println(details.posts().size() + (details.posts().size() == 1 ? " post." : " posts."));
    }

    /** «tenant ivanov@example.ru», «feedback Пётр», «staff Иванова», «staff Иванова · INTERNAL NOTE, not shown to the tenant». */
    static String author(Post post) {
        String name = CommunicationTexts.orNone(post.authorName());
        String who = switch (post.author()) {
            case TENANT -> "tenant " + name;
            case VISITOR -> "feedback " + name;
            case STAFF -> "staff " + name;
        };
        return post.internal() ? who + " · INTERNAL NOTE, not shown to the tenant" : who;
    }
}
