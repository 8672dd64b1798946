package org.kabinet.audit.api;

/** Who acted: a tenant, a member of staff, someone not signed in, or the portal itself. */
public enum ActorKind {
    TENANT, STAFF, ANONYMOUS, SYSTEM
}
