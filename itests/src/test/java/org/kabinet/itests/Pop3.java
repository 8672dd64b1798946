package org.kabinet.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.Store;

/** Reads the newest letter of a mailbox over POP3 (from inside the container, with its javax.mail bundle). */
final class Pop3 {
    private Pop3() {
    }

    static String waitForLetter(int port, String user, String password, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            while (Instant.now().isBefore(deadline)) {
                Store store = Session.getInstance(new Properties()).getStore("pop3");
                try {
                    store.connect("127.0.0.1", port, user, password);
                } catch (javax.mail.AuthenticationFailedException noMailboxYet) {
                    // GreenMail creates a mailbox when the first letter arrives
                    Thread.sleep(200);
                    continue;
                }
                try {
                    Folder inbox = store.getFolder("INBOX");
                    inbox.open(Folder.READ_ONLY);
                    try {
                        if (inbox.getMessageCount() > 0) {
                            return text(inbox.getMessage(inbox.getMessageCount()));
                        }
                    } finally {
                        inbox.close(false);
                    }
                } finally {
                    store.close();
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no letter for " + user + " within " + timeout);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Every letter of the mailbox (empty while it has none), as copies that stay readable after the connection closes. */
    static java.util.List<javax.mail.internet.MimeMessage> letters(int port, String user, String password) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Store store = Session.getInstance(new Properties()).getStore("pop3");
            try {
                store.connect("127.0.0.1", port, user, password);
            } catch (javax.mail.AuthenticationFailedException noMailboxYet) {
                return java.util.List.of();
            }
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    java.util.List<javax.mail.internet.MimeMessage> copies = new java.util.ArrayList<>();
                    for (Message m : inbox.getMessages()) {
                        copies.add(new javax.mail.internet.MimeMessage((javax.mail.internet.MimeMessage) m));
                    }
                    return copies;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The first group of {@code pattern} in the newest letter of the mailbox that has it, waiting for one up to {@code timeout}. */
    static String waitForMatch(int port, String user, String password, java.util.regex.Pattern pattern, Duration timeout) throws Exception {
        // the letters' contents are decoded by the mail bundle's handlers, found through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return match(port, user, password, pattern, timeout);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String match(int port, String user, String password, java.util.regex.Pattern pattern, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            java.util.List<javax.mail.internet.MimeMessage> all = letters(port, user, password);
            for (int i = all.size() - 1; i >= 0; i--) {
                java.util.regex.Matcher found = pattern.matcher(text(all.get(i)));
                if (found.find()) {
                    return found.group(1);
                }
            }
            Thread.sleep(200);
        }
        StringBuilder seen = new StringBuilder();
        for (javax.mail.internet.MimeMessage letter : letters(port, user, password)) {
            seen.append("\n--- ").append(letter.getSubject()).append('\n').append(text(letter));
        }
        throw new AssertionError("no letter to " + user + " matching " + pattern + " within " + timeout + "; the mailbox:" + seen);
    }

    private static String text(Message message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
