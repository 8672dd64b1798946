package org.kabinet.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The SMTP/POP3 server of {@link PersonalDataContainerIT} on its own ports (driver side only: the container reads it over POP3). */
final class PersonalDataMail {
    private static GreenMail greenMail;

    private PersonalDataMail() {
    }

    static synchronized void start(int smtp, int pop3) {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[]{new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(pop3, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            greenMail.start();
        }
    }
}
