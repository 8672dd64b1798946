package org.kabinet.itests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/** The .eml files the distribution writes into data/mail/ when no SMTP server is configured. */
final class MailFolder {
    private final Path folder;

    MailFolder(Path folder) {
        this.folder = folder;
    }

    /** Waits for the newest letter to {@code to} whose text has a link of {@code path}, and returns that link. */
    String waitForLink(String to, String path, int letterCount, Duration timeout) throws Exception {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+/" + path + "/[A-Za-z0-9_-]+/");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> letters = lettersTo(to);
            if (letters.size() >= letterCount) {
                Matcher m = link.matcher(text(letters.get(letters.size() - 1)));
                if (m.find()) {
                    return m.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no letter #" + letterCount + " with a " + path + " link to " + to + " in " + folder);
    }

    List<MimeMessage> lettersTo(String to) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> emls = files.filter(f -> f.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
            List<MimeMessage> result = new java.util.ArrayList<>();
            for (Path eml : emls) {
                try (InputStream in = Files.newInputStream(eml)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equalsIgnoreCase(to)) {
                        result.add(message);
                    }
                }
            }
            return result;
        }
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
