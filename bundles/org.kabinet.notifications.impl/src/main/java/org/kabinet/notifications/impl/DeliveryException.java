package org.kabinet.notifications.impl;

/** A failed delivery; {@code permanent} ones (a malformed address) are not retried. */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
