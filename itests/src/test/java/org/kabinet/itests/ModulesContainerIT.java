package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntPredicate;
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
import org.osgi.framework.ServiceReference;

/**
 * The platform's promise that modules plug in and out: every REST endpoint any module registers
 * declares who may call it and the one access filter holds to it; the accounts module's feature
 * (with the meters, billing and communication modules that build on it) comes off a running portal
 * taking its endpoints, pages and commands with it while sign-up, sign-in and {@code /me} go on, and
 * comes back with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesContainerIT extends KabinetContainer {
    private static final String MANAGER = "itest-manager";
    private static final String MANAGER_PASSWORD = "itest-password-1";
    private static final String ACCESS = "org.kabinet.rest.api.";

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory console;

    @Configuration
    public Option[] config() {
        return distributionWithMail(
                editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private Http http() throws Exception {
        return new Http(Integer.getInteger("kabinet.test.http.port"));
    }

    private record Endpoint(String httpMethod, String path, String consumes, String access, String where) {
    }

    /** Every resource method registered on the JAX-RS whiteboard, read from the live services. */
    private List<Endpoint> endpoints() throws Exception {
        List<Endpoint> found = new ArrayList<>();
        for (ServiceReference<?> ref : context.getServiceReferences((String) null, "(osgi.jaxrs.resource=true)")) {
            Object resource = context.getService(ref);
            try {
                Class<?> type = resource.getClass();
                String base = path(type.getAnnotations());
                for (Method m : type.getMethods()) {
                    String verb = httpMethod(m.getAnnotations());
                    if (verb == null) {
                        continue;
                    }
                    String access = access(m.getAnnotations());
                    if (access == null) {
                        access = access(type.getAnnotations());
                    }
                    String sub = path(m.getAnnotations());
                    String full = "/api/v1/" + base + (sub.isEmpty() ? "" : "/" + sub);
                    // a template with a pattern of choices ({view: balance|charges}) takes its first choice, any other "x"
                    String concrete = full.replaceAll("\\{[^}:]+:\\s*([^|}]+)[^}]*}", "$1").replaceAll("\\{[^}]+}", "x");
                    found.add(new Endpoint(verb, concrete.replace("//", "/"),
                            consumes(m.getAnnotations(), type.getAnnotations()), access, type.getName() + "." + m.getName()));
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return found;
    }

    private static String httpMethod(Annotation[] annotations) {
        for (Annotation a : annotations) {
            for (Annotation meta : a.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals("javax.ws.rs.HttpMethod")) {
                    return a.annotationType().getSimpleName();
                }
            }
        }
        return null;
    }

    private static String access(Annotation[] annotations) {
        List<String> declared = Arrays.stream(annotations).map(a -> a.annotationType().getName())
                .filter(n -> n.equals(ACCESS + "PublicAccess") || n.equals(ACCESS + "TenantAccess") || n.equals(ACCESS + "StaffAccess"))
                .map(n -> n.substring(ACCESS.length())).toList();
        return declared.size() == 1 ? declared.get(0) : declared.isEmpty() ? null : "CONTRADICTORY";
    }

    private static String path(Annotation[] annotations) throws Exception {
        return value(annotations, "javax.ws.rs.Path").replaceAll("^/+|/+$", "");
    }

    private static String consumes(Annotation[] method, Annotation[] type) throws Exception {
        String own = value(method, "javax.ws.rs.Consumes");
        String media = own.isEmpty() ? value(type, "javax.ws.rs.Consumes") : own;
        return media.isEmpty() ? "application/json" : media;
    }

    private static String value(Annotation[] annotations, String name) throws Exception {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(name)) {
                Object v = a.annotationType().getMethod("value").invoke(a);
                return v instanceof String[] many ? many[0] : (String) v;
            }
        }
        return "";
    }

    private static HttpResponse<String> call(Http http, Endpoint e, String authorization) throws Exception {
        String body = e.httpMethod().equals("POST") || e.httpMethod().equals("PUT") ? "{}" : null;
        return http.send(e.httpMethod(), e.path(), body == null ? null : e.consumes(), body, authorization, null);
    }

    @Test
    public void everyEndpointDeclaresWhoMayCallItAndTheFilterHoldsToIt() throws Exception {
        Http http = http();
        String tenant = "Bearer " + Tenants.signedUp(http, "sweep@example.ru");
        String staff = "Bearer " + Tenants.field(http.post("/api/v1/admin/sessions",
                "{\"user\":\"" + MANAGER + "\",\"password\":\"" + MANAGER_PASSWORD + "\"}", null).body(), "token");
        List<Endpoint> endpoints = endpoints();
        assertTrue("the sweep sees the core's, the accounts, the billing and the communication module's resources: " + endpoints,
                endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/me/accounts"))
                        && endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/me/accounts/x/balance"))
                        && endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/sessions"))
                        && endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/me/messages/x/replies"))
                        && endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/admin/announcements"))
                        && endpoints.stream().anyMatch(e -> e.path().equals("/api/v1/feedback")));
        for (Endpoint e : endpoints) {
            assertTrue(e.where() + " declares no single access rule", List.of("PublicAccess", "TenantAccess", "StaffAccess").contains(e.access()));
            if (e.access().equals("PublicAccess")) {
                continue;
            }
            HttpResponse<String> anonymous = call(http, e, null);
            assertEquals(e + " without a token: " + anonymous.body(), 401, anonymous.statusCode());
            assertTrue(anonymous.body(), anonymous.body().contains("\"code\":\"auth.required\""));
            String other = e.access().equals("StaffAccess") ? tenant : staff;
            HttpResponse<String> wrongKind = call(http, e, other);
            assertEquals(e + " with the other kind of token: " + wrongKind.body(), 403, wrongKind.statusCode());
        }
    }

    @Test
    public void theAccountsModuleComesOffARunningPortalAndBackWithItsData() throws Exception {
        Http http = http();
        String token = Tenants.signedUp(http, "stays@example.ru");
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n95001;Сургут;rent;ул. Мира, д. 9, кв. 1;40,5;2\n", MANAGER, MANAGER_PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());
        HttpResponse<String> feedback = http.post("/api/v1/feedback",
                "{\"name\":\"Пётр\",\"contact\":\"stays@example.ru\",\"text\":\"Спасибо за ремонт подъезда\",\"website\":\"\"}", null);
        assertEquals(feedback.body(), 202, feedback.statusCode());
        String number = Tenants.field(feedback.body(), "number");
        awaitCommand(true);
        assertTrue(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.kabinet.accounts.ui.AccountsAdminPage"));
        awaitComponent("AdminPage", "org.kabinet.communication.ui.InboxAdminPage", true);
        awaitComponent("FooterAction", "org.kabinet.communication.ui.FeedbackAction", true);

        // meters build on billing, billing and communication on accounts: taking accounts off takes the modules
        // that need it off first
        features.uninstallFeature("kabinet-meters", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.uninstallFeature("kabinet-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.uninstallFeature("kabinet-communication", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.uninstallFeature("kabinet-accounts", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitStatus(http, "/api/v1/cities", s -> s == 404);
        awaitStatus(http, "/api/v1/admin/services", s -> s == 404);
        awaitStatus(http, "/api/v1/admin/windows", s -> s == 404);
        awaitStatus(http, "/api/v1/admin/messages", s -> s == 404);
        awaitStatus(http, "/api/v1/admin/announcements", s -> s == 404);
        assertEquals(404, http.post("/api/v1/feedback", "{}", null).statusCode());
        assertEquals(404, http.get("/api/v1/me/messages", token).statusCode());
        assertEquals(404, http.get("/api/v1/me/accounts", token).statusCode());
        assertEquals(404, http.staff("GET", "/api/v1/admin/accounts", null, null, MANAGER, MANAGER_PASSWORD).statusCode());
        awaitCommand(false);
        assertFalse(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.kabinet.accounts.ui.AccountsAdminPage"));
        assertFalse(componentNames(context, "org.kabinet.ui.spi.CabinetPage").contains("org.kabinet.accounts.ui.AccountsPage"));
        awaitComponent("CabinetPage", "org.kabinet.communication.ui.MessagesPage", false);
        awaitComponent("AdminPage", "org.kabinet.communication.ui.InboxAdminPage", false);
        awaitComponent("FooterAction", "org.kabinet.communication.ui.FeedbackAction", false);
        // the core goes on: sign-up, sign-in, /me, the portal, the staff pages of the core
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"later@example.ru\",\"password\":\"" + Tenants.PASSWORD + "\",\"consent\":true}", null).statusCode());
        String again = Tenants.signIn(http, "stays@example.ru");
        assertEquals(200, http.get("/api/v1/me", again).statusCode());
        assertEquals(200, http.get("/", null).statusCode());
        assertTrue(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.kabinet.ui.portal.OutboxAdminPage"));

        features.installFeature("kabinet-accounts", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.installFeature("kabinet-billing", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.installFeature("kabinet-meters", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.installFeature("kabinet-communication", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitStatus(http, "/api/v1/cities", s -> s == 200);
        awaitStatus(http, "/api/v1/admin/accounts?city=surgut", s -> s == 200);
        awaitStatus(http, "/api/v1/admin/services", s -> s == 200);
        awaitStatus(http, "/api/v1/admin/windows", s -> s == 200);
        awaitStatus(http, "/api/v1/admin/messages", s -> s == 200);
        awaitStatus(http, "/api/v1/admin/announcements", s -> s == 200);
        String accounts = http.staff("GET", "/api/v1/admin/accounts?city=surgut", null, null, MANAGER, MANAGER_PASSWORD).body();
        assertTrue("the data survived: " + accounts, accounts.contains("\"number\":\"95001\""));
        String inbox = http.staff("GET", "/api/v1/admin/messages?feedback=true", null, null, MANAGER, MANAGER_PASSWORD).body();
        assertTrue("the feedback survived: " + inbox, inbox.contains("\"number\":\"" + number + "\""));
        assertEquals(200, http.get("/api/v1/me/accounts", again).statusCode());
        assertEquals(200, http.get("/api/v1/me/messages", again).statusCode());
        awaitCommand(true);
        assertTrue(componentNames(context, "org.kabinet.ui.spi.AdminPage").contains("org.kabinet.accounts.ui.AccountsAdminPage"));
        awaitComponent("CabinetPage", "org.kabinet.communication.ui.MessagesPage", true);
        awaitComponent("FooterAction", "org.kabinet.communication.ui.FeedbackAction", true);
    }

    /** A module's portal component (a page, a staff tab, a footer link) registers a moment after its bundle starts. */
    private void awaitComponent(String spi, String component, boolean present) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (componentNames(context, "org.kabinet.ui.spi." + spi).contains(component) != present) {
            assertTrue(component + (present ? " missing" : " still there"), Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    private static void awaitStatus(Http http, String path, IntPredicate wanted) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        int status;
        while (!wanted.test(status = http.staff("GET", path, null, null, MANAGER, MANAGER_PASSWORD).statusCode())) {
            assertTrue(path + " still answers " + status, Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    /** Commands register a moment after their bundle starts, and go a moment after it stops. */
    private void awaitCommand(boolean present) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (command(console, "admin", "kabinet:cities").contains("Сургут") != present) {
            assertTrue("kabinet:accounts " + (present ? "missing" : "still there"), Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }
}
