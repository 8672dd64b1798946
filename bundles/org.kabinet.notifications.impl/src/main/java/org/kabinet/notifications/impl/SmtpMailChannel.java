package org.kabinet.notifications.impl;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

/** Sends letters to an SMTP server (optionally with STARTTLS and a login). */
public final class SmtpMailChannel implements MailChannel {
    private final Session session;
    private final String host;
    private final int port;

    public SmtpMailChannel(String host, int port, String username, String password, boolean startTls, int timeoutMillis) {
        this.host = host;
        this.port = port;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        boolean auth = username != null && !username.isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        Authenticator authenticator = auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        } : null;
        this.session = Session.getInstance(props, authenticator);
    }

    @Override
    public String deliver(ComposedLetter letter) throws DeliveryException {
        return MimeLetters.withMailClassLoader(() -> {
            MimeMessage message = MimeLetters.toMime(session, letter);
            try {
                Transport.send(message);
                return "SMTP " + host + ":" + port;
            } catch (SendFailedException e) {
                boolean permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                throw new DeliveryException("SMTP " + host + ":" + port + " refused: " + e.getMessage(), permanent, e);
            } catch (MessagingException e) {
                throw new DeliveryException("SMTP " + host + ":" + port + " failed: " + e.getMessage(), false, e);
            }
        });
    }
}
