package org.kabinet.communication.impl.messages;

/** Where a thread came from. */
public enum ThreadKind {
    /** A signed-in tenant's message from the cabinet. */
    MESSAGE,
    /** The feedback form (signed in or not). */
    FEEDBACK
}
