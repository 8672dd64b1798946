package org.kabinet.notifications.impl;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.activation.DataHandler;
import javax.mail.MessagingException;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

/** Builds the MIME form of a letter (multipart/alternative: text, then HTML), shared by both channels. */
final class MimeLetters {
    private MimeLetters() {
    }

    static MimeMessage toMime(Session session, ComposedLetter letter) throws DeliveryException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(letter.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, parseAddress(letter.to()));
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            if (letter.files().isEmpty()) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (QueuedFile file : letter.files()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                    part.setFileName(MimeUtility.encodeText(file.name(), StandardCharsets.UTF_8.name(), "B"));
                    part.setDisposition(Part.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            if (letter.unsubscribeUrl() != null) {
                // RFC 8058: mail programs offer a one-click unsubscribe that POSTs to this address
                message.setHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader("X-Kabinet-Letter", letter.id());
            message.saveChanges();
            return message;
        } catch (AddressException e) {
            throw new DeliveryException("invalid address: " + e.getMessage(), true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException("cannot build letter: " + e.getMessage(), false, e);
        }
    }

    private static InternetAddress parseAddress(String address) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        try {
            parsed.setPersonal(null);
        } catch (UnsupportedEncodingException e) {
            throw new AddressException(e.getMessage());
        }
        return parsed;
    }

    /**
     * javax.mail finds its content handlers through the context class loader; inside OSGi that is
     * the caller's bundle, so run mail work with the mail bundle's own loader.
     */
    static <T> T withMailClassLoader(MailWork<T> work) throws DeliveryException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    interface MailWork<T> {
        T run() throws DeliveryException;
    }
}
