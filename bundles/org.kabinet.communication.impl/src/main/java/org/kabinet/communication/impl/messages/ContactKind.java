package org.kabinet.communication.impl.messages;

/** How the author of a thread can be answered outside the cabinet. */
public enum ContactKind {
    EMAIL,
    PHONE
}
