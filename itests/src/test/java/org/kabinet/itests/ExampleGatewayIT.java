package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.inject.Inject;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/** The example third-party gateway (examples/sms-gateway-example) installs as a feature and takes over. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExampleGatewayIT extends KabinetContainer {

    @Inject
    Outbox outbox;

    @Inject
    @Filter("(osgi.unit.name=kabinet-notifications)")
    JpaTemplate notificationsUnit;

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return distribution(systemProperty("kabinet.example.jar")
                .value(new File(System.getProperty("kabinet.example.jar")).getAbsolutePath()));
    }

    @Test
    public void theExampleGatewayInstallsAsAFeatureAndTakesOver() throws Exception {
        // the example's feature, with its bundle taken from the reactor's build instead of a Maven repository
        Path repository = Files.createTempFile("sms-gateway-example", "-features.xml");
        Files.writeString(repository, "<features name=\"sms-gateway-example-itest\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"sms-gateway-example\" version=\"1.0.0\"><feature>scr</feature>"
                + "<bundle>file:" + System.getProperty("kabinet.example.jar") + "</bundle>"
                + "<capability>kabinet.sms.gateway</capability></feature></features>");
        features.addRepository(URI.create("file:" + repository));
        features.installFeature("sms-gateway-example", java.util.EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));

        Path example = Path.of(System.getProperty("karaf.data"), "sms", "example.log");
        Instant deadline = Instant.now().plusSeconds(60);
        int n = 0;
        while (!(Files.exists(example) && Files.readString(example).contains("itest:example"))) {
            assertTrue("the example gateway did not take over", Instant.now().isBefore(deadline));
            String key = "itest:example:" + n++;
            notificationsUnit.tx(TransactionType.Required, em -> outbox.enqueueSms(new SmsRequest(key, "9123456789", "Пример")));
            Thread.sleep(1000);
        }
        String sent = Files.readString(example);
        assertTrue(sent, sent.startsWith("+79123456789\titest:example:"));
        assertEquals("each message once", sent.lines().count(), sent.lines().distinct().count());
    }
}
