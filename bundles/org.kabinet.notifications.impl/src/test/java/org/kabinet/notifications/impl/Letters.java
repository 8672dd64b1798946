package org.kabinet.notifications.impl;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

/** Reads letters back in tests. */
final class Letters {
    private Letters() {
    }

    static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The plain-text alternative. */
    static String bodyOf(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    return (String) body.getContent();
                }
            }
        }
        return String.valueOf(content);
    }
}
