package org.kabinet.audit.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The security audit trail. {@link #record} never throws: a storage failure is logged (without the
 * event's details) and the caller's action goes on; it runs in a transaction of its own, so an event
 * stays recorded when the caller's transaction rolls back.
 */
@ProviderType
public interface AuditTrail {

    /** Appends the event. */
    void record(AuditEvent event);

    /** The events the query selects, newest first, one page of them. */
    AuditPage find(AuditQuery query);
}
