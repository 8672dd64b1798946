package org.kabinet.notifications.impl;

import java.util.Locale;
import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends letters to an SMTP server, encrypted by default: {@link Security#STARTTLS} (required, the
 * server's name checked against its certificate) unless configured otherwise, with an optional login.
 */
public final class SmtpMailChannel implements MailChannel {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded by STARTTLS, which the server must offer (port 587 or 25). */
        STARTTLS,
        /** TLS from the first byte (SMTPS, port 465). */
        SSL,
        /** No encryption: only for a relay on this machine or a trusted network; login and letters go in clear. */
        NONE;

        /** {@code starttls}, {@code ssl} or {@code none} in any case; anything else is refused. */
        public static Security parse(String value) {
            String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
            if (v.isEmpty()) {
                return STARTTLS;
            }
            try {
                return valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("smtpSecurity must be starttls, ssl or none, not '" + value + "'");
            }
        }
    }

    private final Session session;
    private final String host;
    private final int port;
    private final Security security;

    public SmtpMailChannel(String host, int port, String username, String password, Security security, int timeoutMillis) {
        this(host, port, username, password, security, timeoutMillis, null);
    }

    /**
     * @param sockets the TLS sockets to use instead of the JVM's default ones (its trust store), or null — tests
     *                pass one that trusts their own server's certificate
     */
    public SmtpMailChannel(String host, int port, String username, String password, Security security, int timeoutMillis,
                           SSLSocketFactory sockets) {
        this.host = host;
        this.port = port;
        this.security = security;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        boolean startTls = security == Security.STARTTLS;
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.smtp.ssl.enable", String.valueOf(security == Security.SSL));
        if (security != Security.NONE) {
            // without it JavaMail accepts any certificate valid for any name: a man in the middle reads the letters
            props.put("mail.smtp.ssl.checkserveridentity", "true");
            if (sockets != null) {
                props.put("mail.smtp.ssl.socketFactory", sockets);
            }
        }
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

    public Security security() {
        return security;
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
                throw new DeliveryException(explain(e), false, e);
            }
        });
    }

    /** The failure in words an administrator can act on; JavaMail's messages never hold the password. */
    private String explain(MessagingException e) {
        String text = String.valueOf(e.getMessage());
        if (security == Security.STARTTLS && text.contains("STARTTLS")) {
            return "SMTP " + host + ":" + port + " offers no STARTTLS, which smtpSecurity=starttls requires: the letter"
                    + " waits. Use a server with STARTTLS, smtpSecurity=ssl for one with TLS on connect (port 465), or"
                    + " smtpSecurity=none only for a relay on this machine (etc/org.kabinet.mail.cfg)";
        }
        Throwable cause = e.getCause();
        if (security != Security.NONE && cause instanceof javax.net.ssl.SSLException) {
            return "SMTP " + host + ":" + port + " TLS failed (" + security.name().toLowerCase(Locale.ROOT) + "): "
                    + cause.getMessage() + " — is its certificate valid for '" + host + "' and trusted by this Java?";
        }
        return "SMTP " + host + ":" + port + " failed: " + text;
    }
}
