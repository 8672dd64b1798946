package org.kabinet.communication.command;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.time.PortalTime;

@Command(scope = "kabinet", name = "announcements",
        description = "Lists the announcements, newest first, with their audience, state, validity and how many tenants got and read them")
@Service
public class AnnouncementsCommand implements Action {
    @Reference
    AnnouncementAdministration announcements;

    @Reference
    PortalTime time;

    @Reference
    List<ErrorCatalog> errors;

    @Override
    public Object execute() {
        run(System.out, System.err);
        return null;
    }

    void run(PrintStream out, PrintStream err) {
        try {
            print(announcements.announcements(), time.zone(), out);
        } catch (KabinetException e) {
            err.println(CommunicationTexts.error(errors, e));
        }
    }

    static void print(List<Announcement> list, ZoneId zone, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No announcements yet.");
        table.column("Title").maxSize(40);
        table.column("Importance");
        table.column("State");
        table.column("Audience").maxSize(40);
        table.column("Publish at");
        table.column("Valid until");
        table.column("Recipients").alignRight();
        table.column("Read").alignRight();
        table.column("Id");
        for (Announcement a : list) {
            // Recipients are counted at publication: a scheduled one has none yet, which is not the same as 0.
            boolean scheduled = a.state() == AnnouncementState.SCHEDULED;
            table.addRow().addContent(a.title(), CommunicationTexts.importance(a.importance(), a.emergency()), CommunicationTexts.state(a.state()),
                    CommunicationTexts.audience(a.audience()), CommunicationTexts.when(a.publishAt(), zone),
                    CommunicationTexts.when(a.validUntil(), zone), scheduled ? CommunicationTexts.NONE : a.recipients(),
                    scheduled ? CommunicationTexts.NONE : a.read(), a.id());
        }
        table.print(out);
    }
}
