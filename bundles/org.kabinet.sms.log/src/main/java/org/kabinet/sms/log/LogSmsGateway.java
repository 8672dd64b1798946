package org.kabinet.sms.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;
import org.osgi.service.component.annotations.Component;

/**
 * The default gateway: sends nothing, writes each message to the log and to {@code data/sms/sms.log}
 * so that staff and developers can see what would have gone out. Ranked lowest, so any real
 * gateway takes over as soon as it is installed.
 */
@Component(property = "service.ranking:Integer=-100")
public class LogSmsGateway implements SmsGateway {
    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

    private final Path file = Path.of(System.getProperty("karaf.data", "data"), "sms", "sms.log");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        String id = "log-" + UUID.randomUUID();
        String line = Instant.now() + "\t" + message.phone() + "\t" + message.idempotencyKey() + "\t"
                + message.text().replace('\n', ' ') + "\n";
        // the text stays out of karaf.log: it may hold a code (sms.log is the log gateway's "delivered SMS")
        LOG.info(() -> "SMS (log gateway, not sent) " + message.idempotencyKey() + " written to " + file);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            return SmsReceipt.temporaryFailure("cannot write " + file + ": " + e.getMessage());
        }
        return SmsReceipt.accepted(id);
    }
}
