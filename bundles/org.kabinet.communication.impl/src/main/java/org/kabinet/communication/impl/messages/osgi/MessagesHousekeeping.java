package org.kabinet.communication.impl.messages.osgi;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.ThreadNumbers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The minute tick on Karaf's scheduler: deletes files left unattached for 24 hours (with their rows) and
 * keeps the counters of thread numbers for this year and the next ready, so that taking a number only
 * ever updates a row.
 */
@Component(service = Runnable.class, immediate = true,
        property = {"scheduler.name=kabinet-messages-housekeeping", "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false"})
public class MessagesHousekeeping implements Runnable {
    private static final Logger LOG = Logger.getLogger(MessagesHousekeeping.class.getName());
    private final Attachments attachments;
    private final ThreadNumbers numbers;

    @Activate
    public MessagesHousekeeping(@Reference MessagesData data, @Reference Attachments attachments) {
        this.attachments = attachments;
        this.numbers = new ThreadNumbers(data);
    }

    @Override
    public void run() {
        try {
            int deleted = attachments.deleteAbandoned();
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " uploaded files never attached within 24 hours");
            }
            numbers.prepare();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The messages housekeeping failed; the next tick tries again", e);
        }
    }
}
