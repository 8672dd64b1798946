package org.kabinet.rest;

import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The REST core's way into the security audit trail: sign-ins, sign-outs, refused staff credentials and
 * staff changes. The trail is optional (a portal without the audit feature still answers), and recording
 * never fails a request.
 */
@Component(service = RestAudit.class)
public class RestAudit {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditTrail trail;

    public RestAudit() {
    }

    /** For tests: records into this trail. */
    public RestAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(ActorKind kind, String actor, String clientIp, String action, String target, Outcome outcome, String detail) {
        AuditTrail current = trail;
        if (current == null) {
            return;
        }
        try {
            current.record(AuditEvent.now(kind, typed(actor), clientIp, action, target, outcome, detail));
        } catch (RuntimeException e) {
            // the trail promises not to throw; a broken one must not fail the request either
        }
    }

    /** A name as typed into a sign-in: trimmed, at most 100 characters, never anything else of the form. */
    public static String typed(String name) {
        return AuditEvent.cut(name, AuditEvent.ACTOR_MAX);
    }
}
