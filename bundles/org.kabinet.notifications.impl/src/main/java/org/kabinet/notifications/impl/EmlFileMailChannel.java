package org.kabinet.notifications.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import javax.mail.MessagingException;
import javax.mail.Session;

/**
 * With no SMTP server configured, writes each letter as an {@code .eml} file (readable by any mail
 * program) into a folder, so the portal works out of the box. The file appears atomically.
 */
public final class EmlFileMailChannel implements MailChannel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public EmlFileMailChannel(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String deliver(ComposedLetter letter) throws DeliveryException {
        return MimeLetters.withMailClassLoader(() -> {
            var message = MimeLetters.toMime(session, letter);
            try {
                Files.createDirectories(folder);
                Path target = folder.resolve(STAMP.format(clock.instant()) + "-" + letter.id() + ".eml");
                Path temp = Files.createTempFile(folder, ".writing-", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    message.writeTo(out);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return "file " + target.toAbsolutePath();
            } catch (IOException | MessagingException e) {
                throw new DeliveryException("cannot write letter into " + folder + ": " + e.getMessage(), false, e);
            }
        });
    }
}
