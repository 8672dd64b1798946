package org.kabinet.rest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.Outcome;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;
import org.kabinet.rest.RecordingTrail;
import org.kabinet.rest.RestAudit;
import org.kabinet.rest.api.ClientAddress;

/** Sign-ins and sign-outs over REST go into the audit trail: who (the name typed when it failed), from where, how it ended. */
class SignInAuditTest {
    private final RecordingTrail trail = new RecordingTrail();
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static HttpServletRequest from(String client) {
        return (HttpServletRequest) Proxy.newProxyInstance(SignInAuditTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> ClientAddress.ATTRIBUTE.equals(args[0]) ? client : null;
                    case "getRemoteAddr" -> "127.0.0.1";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Anna with the password «верный пароль»; any other fails. */
    private static Authentication tenants() {
        Map<String, Session> sessions = new java.util.HashMap<>();
        return (Authentication) Proxy.newProxyInstance(SignInAuditTest.class.getClassLoader(), new Class<?>[]{Authentication.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "signIn" -> {
                        if (!"верный пароль".equals(args[1])) {
                            throw new AuthenticationFailedException();
                        }
                        Session s = new Session("tok-1", "t-1", "anna@example.ru", LATER);
                        sessions.put(s.token(), s);
                        yield s;
                    }
                    case "session" -> Optional.ofNullable(sessions.get((String) args[0]));
                    case "signOut" -> {
                        sessions.remove((String) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static StaffAuthentication staff() {
        StaffMember manager = new StaffMember("manager", Set.of("manager"));
        return new StaffAuthentication() {
            @Override
            public Optional<StaffMember> authenticate(String name, String password) {
                return "manager".equals(name) && "secret-1".equals(password) ? Optional.of(manager) : Optional.empty();
            }

            @Override
            public Optional<StaffSession> openSession(String name, String password) {
                return authenticate(name, password).map(m -> new StaffSession("staff-tok", m, LATER));
            }

            @Override
            public Optional<StaffMember> session(String token) {
                return "staff-tok".equals(token) ? Optional.of(manager) : Optional.empty();
            }

            @Override
            public void closeSession(String token) {
            }
        };
    }

    @Test
    void aTenantsFailedThenSuccessfulSignInAndSignOut() {
        SessionsResource resource = new SessionsResource(tenants(), new RestAudit(trail));
        assertThrows(AuthenticationFailedException.class,
                () -> resource.signIn(from("198.51.100.1"), new Bodies.Credentials("  Anna@Example.ru ", "неверный")));
        AuditEvent failed = trail.last();
        assertEquals(ActorKind.ANONYMOUS, failed.actorKind());
        assertEquals("Anna@Example.ru", failed.actor(), "the address typed, trimmed");
        assertEquals("198.51.100.1", failed.clientIp());
        assertEquals("tenant.signIn", failed.action());
        assertEquals(Outcome.FAILURE, failed.outcome());
        assertEquals("auth.failed", failed.detail());
        assertFalse(failed.toString().contains("неверный"), "never the password");

        resource.signIn(from("198.51.100.1"), new Bodies.Credentials("anna@example.ru", "верный пароль"));
        assertEquals(new AuditEvent(trail.last().at(), ActorKind.TENANT, "anna@example.ru", "198.51.100.1", "tenant.signIn",
                "/sessions", Outcome.SUCCESS, "наниматель t-1"), trail.last());

        resource.signOut(from("198.51.100.1"), "Bearer tok-1");
        assertEquals("tenant.signOut", trail.last().action());
        assertEquals(3, trail.events.size());
        resource.signOut(from("198.51.100.1"), "Bearer tok-1");
        assertEquals(3, trail.events.size(), "an unknown token signs nobody out");
    }

    @Test
    void staffFailedThenSuccessfulSignIn() {
        StaffSessionsResource resource = new StaffSessionsResource(staff(), new RestAudit(trail));
        String longName = "m".repeat(150);
        assertThrows(AuthenticationFailedException.class,
                () -> resource.signIn(from("203.0.113.7"), new Bodies.StaffCredentials(longName, "secret-1")));
        assertEquals(100, trail.last().actor().length(), "the name typed, at most 100 characters");
        assertThrows(AuthenticationFailedException.class,
                () -> resource.signIn(from("203.0.113.7"), new Bodies.StaffCredentials("manager", "wrong-pass")));
        AuditEvent failed = trail.last();
        assertEquals(new AuditEvent(failed.at(), ActorKind.ANONYMOUS, "manager", "203.0.113.7", "staff.signIn", "/admin/sessions",
                Outcome.FAILURE, "auth.failed"), failed);
        resource.signIn(from("203.0.113.7"), new Bodies.StaffCredentials("manager", "secret-1"));
        assertEquals(ActorKind.STAFF, trail.last().actorKind());
        assertEquals(Outcome.SUCCESS, trail.last().outcome());
        resource.signOut(from("203.0.113.7"), "Bearer staff-tok");
        assertEquals("staff.signOut", trail.last().action());
        assertFalse(trail.events.stream().anyMatch(e -> e.toString().contains("secret-1") || e.toString().contains("wrong-pass")));
    }
}
