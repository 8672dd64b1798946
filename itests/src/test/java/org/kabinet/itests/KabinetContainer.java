package org.kabinet.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/** The options that boot our built distribution under Pax Exam, on ports away from a running portal. */
public abstract class KabinetContainer {
    public static final int HTTP_PORT = 18181;

    /** {@link #distribution} sending its letters to the test's SMTP server ({@link MailServer}, started here). */
    protected static Option[] distributionWithMail(Option... extra) {
        MailServer.start();
        List<Option> options = new ArrayList<>(List.of(
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "port", String.valueOf(MailServer.SMTP_PORT)),
                // GreenMail 1.6 offers no STARTTLS, which the portal requires by default
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "smtpSecurity", "none"),
                systemProperty("kabinet.test.pop3.port").value(String.valueOf(MailServer.POP3_PORT))));
        options.addAll(List.of(extra));
        return distribution(options.toArray(new Option[0]));
    }

    protected static Option[] distribution(Option... extra) {
        String dist = System.getProperty("kabinet.distribution");
        String karaf = System.getProperty("karaf.version");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + new File(dist).getAbsolutePath())
                        .karafVersion(karaf).name("Kabinet").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                probeWaitsForItsInvoker(),
                // the test's call waits this long for the probe's invoker, and the start for the container: 3 minutes by
                // default, which a boot on a loaded 2-core machine passed once (SmsGatewaySwapIT, «gave up waiting for
                // service org.ops4j.pax.exam.ProbeInvoker» after 180 s while two other builds ran beside it)
                systemTimeout(360_000),
                // -Dkabinet.examLogLevel=INFO shows the features service's steps (installs, refreshes) in karaf.log
                logLevel(LogLevelOption.LogLevel.valueOf(System.getProperty("kabinet.examLogLevel", "WARN"))),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
                editConfigurationFilePut("etc/org.kabinet.company.cfg", "portalUrl", "http://localhost:" + HTTP_PORT),
                // Pax Exam rewrites an edited .cfg as ISO-8859-1, which garbles the Cyrillic demo name: use a Latin one
                editConfigurationFilePut("etc/org.kabinet.company.cfg", "name", "Test Housing Company"),
                // no debt SMS by the clock (on the 1st–3rd it would run by itself): tests start it when they mean to
                editConfigurationFilePut("etc/org.kabinet.billing.notices.cfg", "debtSmsEnabled", "false"),
                // no quiet hours in tests, whatever the time of day
                editConfigurationFilePut("etc/org.kabinet.sms.cfg", "quietFrom", "00:00"),
                editConfigurationFilePut("etc/org.kabinet.sms.cfg", "quietTo", "00:00"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local")),
                systemProperty("kabinet.test.http.port").value(String.valueOf(HTTP_PORT)),
                // every test signs in from 127.0.0.1: lift the per-address limit (ClientThrottleTest covers it)
                editConfigurationFilePut("etc/org.kabinet.rest.cfg", "clientBurst", "100000"),
                // bin/karaf's Java 9+ flags, which Pax Exam does not pass itself (STACK.md pitfall 7)
                vmOptions("--add-reads=java.xml=java.logging",
                        // as bin/setenv: lets Felix open the jar embedded in the JAX-RS API bundle
                        "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED")));
        if (Boolean.getBoolean("kabinet.keepRuntime")) {
            // -Dkabinet.keepRuntime=true keeps target/exam/<uuid>/ (its data/log/karaf.log) for a look after a failure
            options.add(keepRuntimeFolder());
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * Pax Exam's features boot in one stage with the portal's, and its probe is installed as soon as its RMI bridge
     * has started, while Karaf is still starting the portal's bundles. Its extender then waits for the JUnit invoker
     * bundle, which the deployment starts later, for only 10 s by default; on a slow machine that passed, no
     * {@code ProbeInvoker} was ever registered, and every test of the class waited out its own timeout and failed
     * («ServiceLookup gave up waiting for service org.ops4j.pax.exam.ProbeInvoker»). Five minutes covers any boot.
     * (Booting the portal's features as a stage of their own instead makes Pax Exam's stage refresh the JPA bundles,
     * which closes the persistence units under the first test.)
     */
    private static Option probeWaitsForItsInvoker() {
        return systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("300000");
    }

    /** Runs a console command as a subject with one role; a refusal or an unknown command comes back as "refused: …". */
    protected static String command(SessionFactory console, String role, String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = console.create(new ByteArrayInputStream(new byte[0]), print, print);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("test-" + role));
        subject.getPrincipals().add(new RolePrincipal(role));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(line));
        } catch (PrivilegedActionException e) {
            print.println("refused: " + e.getCause());
        } catch (RuntimeException e) {
            // Karaf hides commands a role may not run: "Command not found"
            print.println("refused: " + e);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }


    /** The component names of the services registered under one interface (a portal SPI), e.g. to see a module's pages come and go. */
    protected static List<String> componentNames(org.osgi.framework.BundleContext context, String service) {
        try {
            org.osgi.framework.ServiceReference<?>[] refs = context.getServiceReferences(service, null);
            return refs == null ? List.of()
                    : java.util.Arrays.stream(refs).map(r -> String.valueOf(r.getProperty("component.name"))).toList();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
