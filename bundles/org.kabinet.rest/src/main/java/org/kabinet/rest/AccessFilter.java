package org.kabinet.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.kabinet.persistence.Throttles;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.Outcome;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.rest.api.AccessRule;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.ClientAddress;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PersonalTokens;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The one place the API checks who may call what. It reads the matched method's declaration
 * ({@code @PublicAccess}, {@code @TenantAccess}, {@code @StaffAccess}), establishes the caller from
 * {@code Authorization} (tenant or staff Bearer token, or staff Basic) and answers 401/403 before
 * any resource code runs. A method without a declaration is refused. Public actions marked
 * {@code @ClientRateLimited} pass a token bucket per client address first.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.kabinet.rest")
@Designate(ocd = AccessFilter.Config.class)
@JaxrsExtension
@JaxrsName("kabinet-access")
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {
    static final String TENANT_CHALLENGE = "Bearer realm=\"kabinet\"";
    static final String STAFF_CHALLENGE = "Basic realm=\"kabinet-staff\", charset=\"UTF-8\"";
    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    private final Authentication tenants;
    private final StaffAuthentication staff;
    private final Throttles.Bucket throttle;
    private final String trustedProxy;
    private final RestAudit audit;
    private final TenantDirectory directory;
    /** Modules' personal tokens, by scope (the meters module's {@code readings}). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<PersonalTokens> personalTokens = new CopyOnWriteArrayList<>();
    @Context
    private ResourceInfo resource;
    @Context
    private HttpServletRequest http;

    @ObjectClassDefinition(name = "Kabinet REST API access")
    public @interface Config {
        @AttributeDefinition(description = "Sign-ins, sign-ups and reset requests one client address may make at once")
        int clientBurst() default 10;

        @AttributeDefinition(description = "Seconds after which a client address may make one more of them")
        int clientRefillSeconds() default 6;

        @AttributeDefinition(description = "Address of a reverse proxy whose X-Forwarded-For is trusted (empty: none)")
        String trustedProxy() default "";
    }

    @Activate
    public AccessFilter(@Reference Authentication tenants, @Reference StaffAuthentication staff, @Reference RestAudit audit,
                        @Reference TenantDirectory directory,
                        @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource, Config config)
            throws SQLException {
        this.tenants = tenants;
        this.directory = directory;
        this.audit = audit;
        this.staff = staff;
        // the buckets are in the database: behind a load balancer every node counts the same requests
        this.throttle = Throttles.open(dataSource, Clock.systemUTC()).bucket("rest-client", Math.max(1, config.clientBurst()),
                Duration.ofSeconds(Math.max(1, config.clientRefillSeconds())));
        this.trustedProxy = config.trustedProxy() == null ? "" : config.trustedProxy().strip();
    }

    /** The client's address: the peer, or the address the trusted proxy says it forwards for. */
    static String client(String peer, String forwardedFor, String trustedProxy) {
        return ClientAddress.of(peer, forwardedFor, trustedProxy);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AccessRule rule = AccessRule.of(resource.getResourceClass(), resource.getResourceMethod());
        String client = http == null ? "" : client(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"), trustedProxy);
        if (http != null) {
            http.setAttribute(ClientAddress.ATTRIBUTE, client);
        }
        if (rule.rateLimited()) {
            if (!throttle.tryAcquire(client)) {
                request.abortWith(Response.fromResponse(ApiExceptionMapper.error(429, "request.tooMany",
                        tooMany(request), null)).header("Retry-After", throttle.retryAfterSeconds(client)).build());
                return;
            }
        }
        switch (rule.kind()) {
            case PUBLIC -> { }
            case TENANT -> {
                String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
                Optional<Caller> known = caller(authorization);
                if (known.isEmpty() && !rule.tokenScope().isEmpty()) {
                    Optional<PersonalTokens.Holder> holder = live(personalToken(authorization, rule.tokenScope()), directory);
                    if (holder.isPresent() && holder.get().limited()) {
                        request.abortWith(Response.fromResponse(ApiExceptionMapper.error(429, "request.tooMany",
                                tooMany(request), null)).header("Retry-After", 60).build());
                        return;
                    }
                    known = holder.map(h -> new Caller.Tenant(h.tenantId(), "", "", h.tokenName()));
                }
                Caller caller = known.orElseThrow(() -> new NotAuthorizedException(TENANT_CHALLENGE));
                if (!(caller instanceof Caller.Tenant)) {
                    throw new ForbiddenException();
                }
                request.setSecurityContext(new CallerContext(caller, request.getSecurityContext()));
            }
            case STAFF -> {
                String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
                Optional<Caller> known = caller(authorization);
                if (known.isEmpty()) {
                    if (authorization != null && !authorization.isBlank()) {
                        // credentials that did not pass: the name typed (Basic), never the password or token
                        boolean basic = authorization.regionMatches(true, 0, "Basic ", 0, 6);
                        audit.record(ActorKind.ANONYMOUS, basic ? basicName(authorization) : "", client, "staff.access",
                                target(request), Outcome.DENIED, basic ? "неверное имя или пароль (Basic)" : "неизвестный или истёкший токен (Bearer)");
                    }
                    throw new NotAuthorizedException(STAFF_CHALLENGE);
                }
                Caller caller = known.get();
                if (!(caller instanceof Caller.Staff member) || !hasRole(member, rule.role())) {
                    if (caller instanceof Caller.Staff member) {
                        audit.record(ActorKind.STAFF, member.name(), client, "staff.access", target(request), Outcome.DENIED,
                                "нет роли " + rule.role());
                    } else {
                        audit.record(ActorKind.TENANT, caller.getName(), client, "staff.access", target(request), Outcome.DENIED,
                                "токен нанимателя");
                    }
                    throw new ForbiddenException();
                }
                request.setSecurityContext(new CallerContext(caller, request.getSecurityContext()));
            }
            case UNDECLARED -> {
                LOG.severe("Refused a call to " + resource.getResourceClass().getName() + "." + resource.getResourceMethod().getName()
                        + ": the method declares no access rule (@PublicAccess, @TenantAccess or @StaffAccess)");
                throw new ForbiddenException();
            }
        }
    }

    /** What the request asked for: its method and path under the API. */
    private static String target(ContainerRequestContext request) {
        String path = request.getUriInfo() == null ? "" : request.getUriInfo().getPath();
        return request.getMethod() + " /" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The user name of a {@code Basic} header, trimmed and cut for the audit; empty if unreadable. */
    static String basicName(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : RestAudit.typed(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String tooMany(ContainerRequestContext request) {
        java.util.Locale locale = ErrorTexts.supported(request.getAcceptableLanguages());
        return new CoreErrorCatalog().text("request.tooMany", locale).orElseGet(() -> ErrorTexts.generic(locale));
    }

    static boolean hasRole(Caller.Staff member, String role) {
        return new StaffMember(member.name(), member.roles()).hasRole(role);
    }

    /**
     * A personal token's holder only while the tenant exists: a deleted cabinet's tokens stop at once, even
     * before (or if never) the module that keeps them erases them.
     */
    static Optional<PersonalTokens.Holder> live(Optional<PersonalTokens.Holder> holder, TenantDirectory directory) {
        return holder.filter(h -> directory.find(h.tenantId()).isPresent());
    }

    /** The holder of a personal Bearer token of the scope, if a module of that scope knows it as live. */
    private Optional<PersonalTokens.Holder> personalToken(String authorization, String scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String secret = authorization.substring(7).strip();
        for (PersonalTokens tokens : personalTokens) {
            if (scope.equals(tokens.scope())) {
                Optional<PersonalTokens.Holder> holder = tokens.resolve(secret);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    /** The caller behind the header, or empty for none or a wrong one (identically for every wrong kind). */
    private Optional<Caller> caller(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            Optional<Session> session = tenants.session(token);
            if (session.isPresent()) {
                Session s = session.get();
                return Optional.of(new Caller.Tenant(s.userId(), s.email(), s.token()));
            }
            return staff.session(token).map(m -> new Caller.Staff(m.name(), m.roles()));
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            // a member without the manager role answers like a wrong password: the same 401
            return staff.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                    .filter(StaffMember::isManager).map(m -> new Caller.Staff(m.name(), m.roles()));
        }
        return Optional.empty();
    }

    /** The established caller as the JAX-RS security context. */
    private record CallerContext(Caller caller, SecurityContext original) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller instanceof Caller.Staff s && hasRole(s, role);
        }

        @Override
        public boolean isSecure() {
            return original != null && original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return caller instanceof Caller.Tenant ? "Bearer" : "Basic";
        }
    }
}
