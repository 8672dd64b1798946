package org.kabinet.sms.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The default gateway: sends nothing, writes each message to {@code data/sms/sms.log} (one file a day,
 * kept {@code keepDays}) so that staff and developers can see what would have gone out; karaf.log gets
 * only the message's key, never its text (it may hold a code). Ranked lowest, so any real gateway
 * takes over as soon as it is installed.
 */
@Component(property = "service.ranking:Integer=-100", configurationPid = "org.kabinet.sms.log")
@Designate(ocd = LogSmsGateway.Config.class)
public class LogSmsGateway implements SmsGateway {
    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

    @ObjectClassDefinition(name = "Kabinet SMS log gateway",
            description = "The gateway that sends nothing and writes each SMS into data/sms/sms.log instead")
    public @interface Config {
        @AttributeDefinition(description = "Days of sms.log kept: the file is moved to sms-<date>.log at the first SMS"
                + " of a new day and day files older than this are deleted (they hold the codes)")
        int keepDays() default 30;

        @AttributeDefinition(description = "Time zone of the days")
        String zone() default "Asia/Yekaterinburg";
    }

    private final SmsLogFile log;

    @Activate
    public LogSmsGateway(Config config) {
        ZoneId zone;
        try {
            zone = ZoneId.of(config.zone());
        } catch (RuntimeException e) {
            zone = ZoneId.of("Asia/Yekaterinburg");
        }
        this.log = new SmsLogFile(Path.of(System.getProperty("karaf.data", "data"), "sms", "sms.log"), config.keepDays(),
                Clock.systemUTC(), zone);
        try {
            log.clean();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete old SMS log files in " + log.file().getParent(), e);
        }
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        String id = "log-" + UUID.randomUUID();
        String line = java.time.Instant.now() + "\t" + message.phone() + "\t" + message.idempotencyKey() + "\t"
                + message.text().replace('\n', ' ') + "\n";
        // the text stays out of karaf.log: it may hold a code (sms.log is the log gateway's "delivered SMS")
        LOG.info(() -> "SMS (log gateway, not sent) " + message.idempotencyKey() + " written to " + log.file());
        try {
            log.append(line);
        } catch (IOException e) {
            return SmsReceipt.temporaryFailure("cannot write " + log.file() + ": " + e.getMessage());
        }
        return SmsReceipt.accepted(id);
    }
}
