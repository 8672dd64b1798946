package org.kabinet.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM, with POP3 so that tests running inside the
 * container can read what the portal sent. Started once, on fixed loopback ports.
 */
final class MailServer {
    static final int SMTP_PORT = 13025;
    static final int POP3_PORT = 13110;
    private static GreenMail greenMail;

    private MailServer() {
    }

    static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(POP3_PORT, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            greenMail.setUser("tenant@example.ru", "tenant@example.ru", "secret");
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
    }
}
