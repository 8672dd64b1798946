package org.kabinet.communication.command;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "message-answer",
        description = "Answers a thread as the signed-in console user (the tenant gets an e-mail and sees it in the cabinet); --internal: a note only staff see")
@Service
public class MessageAnswerCommand implements Action {
    @Reference
    Session session;

    @Reference
    MessageAdministration inbox;

    @Reference
    List<ErrorCatalog> errors;

    @Option(name = "--internal", description = "An internal note among staff: the tenant neither sees it nor is told, and the status stays")
    boolean internal;

    @Argument(index = 0, name = "thread", description = "The number the tenant quotes (О-2026-00042, a Latin O will do) or the thread's id", required = true)
    String thread;

    @Argument(index = 1, name = "text", description = "The answer, quoted or in several words", required = true, multiValued = true)
    List<String> text;

    @Override
    public Object execute() {
        run(CommunicationTexts.consoleUser(session), System.out, System.err);
        return null;
    }

    void run(String staffName, PrintStream out, PrintStream err) {
        try {
            String id = ThreadReference.id(inbox, thread);
            ThreadDetails answered = inbox.answer(staffName, id, text == null ? "" : String.join(" ", text), List.of(), internal);
            out.println(confirmation(answered.summary(), staffName, internal));
        } catch (KabinetException e) {
            err.println("Not answered: " + CommunicationTexts.error(errors, e));
        }
    }

    static String confirmation(ThreadSummary thread, String staffName, boolean internal) {
        return internal
                ? "Internal note added to " + thread.number() + " by " + staffName + "; the tenant does not see it. Status: "
                        + CommunicationTexts.status(thread.status()) + "."
                : "Answered " + thread.number() + " as " + staffName + (thread.tenantId() == null
                        // Feedback from someone signed out: an e-mail contact gets the answer, a phone number is called back.
                        ? "; it goes by e-mail when the feedback left an address (a phone number: call back)."
                        : "; the tenant sees it in the cabinet and gets it by e-mail unless they switched that off.")
                        + " Status: " + CommunicationTexts.status(thread.status()) + ".";
    }
}
