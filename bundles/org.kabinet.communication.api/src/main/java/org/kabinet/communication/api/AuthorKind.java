package org.kabinet.communication.api;

/** Who wrote a post of a thread. */
public enum AuthorKind {
    /** A signed-in tenant. */
    TENANT,
    /** Someone who used the feedback form (signed in or not). */
    VISITOR,
    /** A member of staff. */
    STAFF
}
