package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * A third party's module (examples/module-example: one bundle, one feature, no edit of the core)
 * installed on a running portal adds a cabinet page, a staff page, a REST resource and a command;
 * uninstalled, all four are gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExampleModuleIT extends KabinetContainer {

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory console;

    @Configuration
    public Option[] config() {
        return distributionWithMail(
                systemProperty("kabinet.module-example.jar")
                        .value(new File(System.getProperty("kabinet.module-example.jar")).getAbsolutePath()));
    }

    @Test
    public void theExampleModulePlugsInAndOutWithAllItsEdges() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        String token = Tenants.signedUp(http, "phones@example.ru");
        assertEquals(404, http.get("/api/v1/useful-phones", token).statusCode());

        // the example's feature, with its bundle from the reactor's build instead of a Maven repository
        Path repository = Files.createTempFile("module-example", "-features.xml");
        Files.writeString(repository, "<features name=\"module-example-itest\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"module-example\" version=\"1.0.0\"><feature>kabinet</feature>"
                + "<bundle>file:" + System.getProperty("kabinet.module-example.jar") + "</bundle></feature></features>");
        features.addRepository(URI.create("file:" + repository));
        features.installFeature("module-example", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));

        await(() -> status(http, token) == 200);
        assertTrue(http.get("/api/v1/useful-phones", token).body().contains("112"));
        assertEquals("the module's resource obeys its access rule", 401, http.get("/api/v1/useful-phones", null).statusCode());
        await(() -> commands().contains("example:phones"));
        assertTrue(componentNames(context, "org.kabinet.ui.spi.CabinetPage").contains("org.example.kabinet.phones.PhonesPage"));
        assertTrue(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.example.kabinet.phones.PhonesAdminPage"));

        features.uninstallFeature("module-example", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await(() -> status(http, token) == 404);
        await(() -> !commands().contains("example:phones"));
        assertFalse(componentNames(context, "org.kabinet.ui.spi.CabinetPage").contains("org.example.kabinet.phones.PhonesPage"));
        assertFalse(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.example.kabinet.phones.PhonesAdminPage"));
        assertEquals("the platform goes on", 200, http.get("/api/v1/me", token).statusCode());
    }

    private static int status(Http http, String token) {
        try {
            return http.get("/api/v1/useful-phones", token).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertTrue("not within 60 s", Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    private List<String> commands() {
        return console.getRegistry().getCommands().stream().map(c -> c.getScope() + ":" + c.getName()).toList();
    }
}
