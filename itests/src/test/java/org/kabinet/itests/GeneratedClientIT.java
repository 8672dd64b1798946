package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.kabinet.client.ApiClient;
import org.kabinet.client.ApiException;
import org.kabinet.client.api.AdminBillingApi;
import org.kabinet.client.api.CitiesApi;
import org.kabinet.client.api.MeApi;
import org.kabinet.client.api.MyAccountsApi;
import org.kabinet.client.api.RegistrationsApi;
import org.kabinet.client.api.SessionsApi;
import org.kabinet.client.api.StaffSessionsApi;
import org.kabinet.client.model.ApiError;
import org.kabinet.client.model.BillingServiceBody;
import org.kabinet.client.model.Credentials;
import org.kabinet.client.model.MyDataMeBody;
import org.kabinet.client.model.SessionBody;
import org.kabinet.client.model.SignUpBody;
import org.kabinet.client.model.StaffCredentials;
import org.kabinet.client.model.StaffSessionBody;
import org.kabinet.client.model.TokenBody;

/**
 * Issue #16: a Java client generated from the API's description (openapi-generator, at this module's build, from the
 * checked-in document the portal serves) works against the distribution: a tenant signs up, confirms by the mailed
 * link, signs in and reads their cabinet; a refusal arrives as the documented {@code ApiError}; a manager with Basic
 * credentials adds a service (refused first for a missing field), then signs in for a bearer session, reads it back and
 * signs out. No hand-written HTTP: every call is the generated code's.
 */
public class GeneratedClientIT {
    /** Ports 18701–18704: away from the other distribution tests (18181, 18281, 18581, 18591, 18781, 18981). */
    private static final int PORT = 18701;
    private static final String MANAGER = "client-manager";
    private static final String MANAGER_PASSWORD = "client-manager-password";
    private static final String PASSWORD = "Correct-Horse-42";
    private static DistributionProcess portal;

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("client-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        portal.start();
    }

    @AfterClass
    public static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    private static ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(portal.url("/api/v1"));
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    @Test
    public void aTenantAndAManagerWorkThroughTheGeneratedClient() throws Exception {
        ApiClient anonymous = client(null);
        assertTrue(new CitiesApi(anonymous).cities().size() > 0);

        String email = "client-" + System.nanoTime() + "@example.ru";
        new RegistrationsApi(anonymous).signUp(new SignUpBody().email(email).password(PASSWORD).consent(true));
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        new RegistrationsApi(anonymous).confirm(new TokenBody().token(link.replaceAll(".*/confirmemail/([^/]+)/.*", "$1")));
        SessionBody session = new SessionsApi(anonymous).signIn(new Credentials().email(email).password(PASSWORD));
        assertEquals(email, session.getEmail());

        ApiClient tenant = client("Bearer " + session.getToken());
        MyDataMeBody me = new MeApi(tenant).me();
        assertEquals(email, me.getEmail());
        assertEquals(Boolean.TRUE, me.getConfirmed());
        assertEquals(List.of(), new MyAccountsApi(tenant).callList());

        // a refusal is an ApiException carrying the documented ApiError
        ApiException refused = assertThrows(ApiException.class,
                () -> new SessionsApi(anonymous).signIn(new Credentials().email(email).password("Wrong-Horse-42")));
        assertEquals(401, refused.getCode());
        ApiError error = anonymous.getObjectMapper().readValue(refused.getResponseBody(), ApiError.class);
        assertEquals("auth.failed", error.getCode());
        // a tenant's token on a staff operation: 403, as the document says
        assertEquals(403, assertThrows(ApiException.class, () -> new AdminBillingApi(tenant).services()).getCode());

        ApiClient manager = client("Basic " + Base64.getEncoder().encodeToString(
                (MANAGER + ":" + MANAGER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        BillingServiceBody parking = new BillingServiceBody().code("client-parking").nameRu("Парковка").nameEn("Parking")
                .group("OTHER").unit("FIXED").base("FIXED");
        // without the kinds of account it is charged to: 422 naming the field
        ApiException invalid = assertThrows(ApiException.class, () -> new AdminBillingApi(manager).saveService(parking));
        assertEquals(422, invalid.getCode());
        assertEquals("accountKinds", manager.getObjectMapper().readValue(invalid.getResponseBody(), ApiError.class).getField());
        BillingServiceBody saved = new AdminBillingApi(manager).saveService(parking.accountKinds(java.util.Set.of("UTILITIES")));
        assertEquals("client-parking", saved.getCode());
        // the same manager with a bearer session from the client's own sign-in (201, typed)
        StaffSessionBody staffSession = new StaffSessionsApi(anonymous).staffSessionsSignIn(
                new StaffCredentials().user(MANAGER).password(MANAGER_PASSWORD));
        ApiClient bearer = client("Bearer " + staffSession.getToken());
        assertTrue(new AdminBillingApi(bearer).services().stream().anyMatch(s -> "Парковка".equals(s.getNameRu())));
        new StaffSessionsApi(bearer).staffSessionsSignOut();
        assertEquals(401, assertThrows(ApiException.class, () -> new AdminBillingApi(bearer).services()).getCode());
    }
}
