package org.kabinet.ui.portal;

import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The portal's way into the security audit trail: sign-ins, sign-outs and staff clicks in {@code /admin}.
 * The client's address is read by the REST core's rule, from the same setting ({@code trustedProxy} of
 * {@code etc/org.kabinet.rest.cfg}, hence this component's configuration PID): the peer, or the trusted
 * proxy's last {@code X-Forwarded-For} hop. The trail is optional and recording never fails the page.
 */
@Component(service = PortalAudit.class, configurationPid = "org.kabinet.rest")
public class PortalAudit {
    private final String trustedProxy;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditTrail trail;

    /** The one setting of the REST core's configuration read here; its metatype is the core's. */
    public @interface Config {
        /** The reverse proxy whose {@code X-Forwarded-For} names the client (empty: none). */
        String trustedProxy() default "";
    }

    @Activate
    public PortalAudit(Config config) {
        this(config.trustedProxy(), null);
    }

    PortalAudit(String trustedProxy, AuditTrail trail) {
        this.trustedProxy = trustedProxy == null ? "" : trustedProxy.strip();
        this.trail = trail;
    }

    /** Records an event of the current request's client. */
    void record(ActorKind kind, String actor, String action, String target, Outcome outcome, String detail) {
        AuditTrail current = trail;
        if (current == null) {
            return;
        }
        try {
            current.record(AuditEvent.now(kind, AuditEvent.cut(actor, AuditEvent.ACTOR_MAX), clientAddress(VaadinService.getCurrentRequest()),
                    action, target, outcome, detail));
        } catch (RuntimeException e) {
            // the trail promises not to throw; a broken one must not break the page either
        }
    }

    /** The client's address of the request: the peer, or the trusted proxy's last {@code X-Forwarded-For} hop. */
    String clientAddress(VaadinRequest request) {
        if (request == null) {
            return "";
        }
        return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxy);
    }

    static String clientAddress(String peer, String forwardedFor, String trustedProxy) {
        if (!trustedProxy.isEmpty() && trustedProxy.equals(peer) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return peer == null ? "" : peer;
    }
}
