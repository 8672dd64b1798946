package org.example.kabinet.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;
import org.osgi.service.component.annotations.Component;

/**
 * A complete third-party gateway. A real one would call its provider here; this one "sends" by
 * appending to data/sms/example.log. Ranked above the built-in gateways, so it takes over.
 */
@Component(property = "service.ranking:Integer=200")
public class ExampleSmsGateway implements SmsGateway {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public SmsReceipt send(SmsMessage sms) {
        Path file = Path.of(System.getProperty("karaf.data", "data"), "sms", "example.log");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sms.international() + "\t" + sms.idempotencyKey() + "\t" + sms.text() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return SmsReceipt.accepted("example-" + UUID.randomUUID());
        } catch (IOException e) {
            return SmsReceipt.temporaryFailure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
