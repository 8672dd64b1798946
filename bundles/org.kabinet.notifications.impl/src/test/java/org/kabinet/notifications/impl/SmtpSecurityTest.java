package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * SMTP is encrypted unless the administrator says otherwise: STARTTLS is required by default, the
 * server's name is checked against its certificate, and a server that cannot encrypt gets no letter
 * (it waits for another try instead of going out in clear).
 */
class SmtpSecurityTest {
    private static final String PASSWORD = "changeit";
    @TempDir
    static Path keys;
    /** A certificate for 127.0.0.1 only (GreenMail's own expired in 2026 and names no host). */
    private static Path keystore;
    private static SSLSocketFactory trusting;

    private final LetterComposer composer = new LetterComposer(new CompanyProfile("УК", "", "", "", "https://kabinet.example"),
            "Kabinet <noreply@kabinet.local>");
    private final ComposedLetter letter = composer.compose(new QueuedLetter("1", "k1", "tenant@example.ru", "Проверка",
            "Текст", null, null, 0));
    private GreenMail server;

    @BeforeAll
    static void certificate() throws Exception {
        keystore = keys.resolve("smtp.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), output);
        // GreenMail's SMTPS server reads its key from here (once, at its first TLS server)
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
        System.setProperty("greenmail.tls.key.password", PASSWORD);
        // the trust store of this test only: the channel is handed sockets that trust that certificate
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        trusting = context.getSocketFactory();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private int start(String protocol) {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol));
        server.start();
        return ServerSetup.PROTOCOL_SMTPS.equals(protocol) ? server.getSmtps().getPort() : server.getSmtp().getPort();
    }

    @Test
    void starttlsIsTheDefaultAndTypos() {
        assertEquals(SmtpMailChannel.Security.STARTTLS, SmtpMailChannel.Security.parse(""));
        assertEquals(SmtpMailChannel.Security.STARTTLS, SmtpMailChannel.Security.parse(null));
        assertEquals(SmtpMailChannel.Security.SSL, SmtpMailChannel.Security.parse(" SSL "));
        assertEquals(SmtpMailChannel.Security.NONE, SmtpMailChannel.Security.parse("none"));
        assertThrows(IllegalArgumentException.class, () -> SmtpMailChannel.Security.parse("tls"));
    }

    @Test
    void aPlainServerGetsLettersOnlyWhenEncryptionIsSwitchedOff() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);
        new SmtpMailChannel("127.0.0.1", port, "", "", SmtpMailChannel.Security.NONE, 5000).deliver(letter);
        assertEquals(1, server.getReceivedMessages().length);
    }

    @Test
    void aServerWithoutStarttlsGetsNothingAndTheLetterWaitsWithAClearReason() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP); // GreenMail 1.6 offers no STARTTLS
        LocalJpa jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications", JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        try {
            JpaOutboxStore store = new JpaOutboxStore(jpa);
            MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
            store.add(new EmailMessage("confirm-email:h", "tenant@example.ru", "Подтвердите адрес", "Текст",
                    "https://kabinet.example/confirmemail/Tok/", "Подтвердить").withSecretLink(), clock.instant());
            SmtpMailChannel channel = new SmtpMailChannel("127.0.0.1", port, "robot", "SmtpPassw0rd",
                    SmtpMailChannel.Security.STARTTLS, 5000);

            assertEquals(0, new MailDispatcher(store, composer, channel,
                    new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 12, () -> 0.5), clock).dispatchDue(10));

            assertEquals(0, server.getReceivedMessages().length, "nothing went out in clear");
            var entry = store.entries("EMAIL", null, 10).get(0);
            assertEquals("PENDING", entry.state(), "kept for another try, not lost");
            assertEquals(1, entry.attempts());
            assertTrue(entry.lastError().contains("offers no STARTTLS") && entry.lastError().contains("smtpSecurity"),
                    entry.lastError());
            assertFalse(entry.lastError().contains("SmtpPassw0rd"), entry.lastError());
        } finally {
            jpa.close();
        }
    }

    @Test
    void tlsOnConnectDeliversToATrustedServerOfThatName() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTPS);
        new SmtpMailChannel("127.0.0.1", port, "", "", SmtpMailChannel.Security.SSL, 5000, trusting).deliver(letter);
        assertEquals(1, server.getReceivedMessages().length);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTPS);
        // the same server and a trusted certificate, but it names 127.0.0.1, not localhost
        DeliveryException e = assertThrows(DeliveryException.class, () ->
                new SmtpMailChannel("localhost", port, "", "", SmtpMailChannel.Security.SSL, 5000, trusting).deliver(letter));
        assertFalse(e.isPermanent(), "it waits for the administrator");
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void anUntrustedCertificateIsRefused() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTPS);
        assertThrows(DeliveryException.class, () ->
                new SmtpMailChannel("127.0.0.1", port, "", "", SmtpMailChannel.Security.SSL, 5000).deliver(letter));
        assertEquals(0, server.getReceivedMessages().length);
    }
}
