package org.kabinet.communication.rest;

/**
 * The client's address, by the REST core's rule for its per-address limits (its access filter,
 * {@code etc/org.kabinet.rest.cfg}): the peer's address, unless the peer is the one trusted reverse
 * proxy ({@code trustedProxy}, none by default), whose {@code X-Forwarded-For} then names the client by
 * its last hop — the one that proxy added itself, which a client cannot forge.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, String trustedProxy) {
        String proxy = trustedProxy == null ? "" : trustedProxy.strip();
        if (!proxy.isEmpty() && proxy.equals(peer) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return peer == null ? "" : peer;
    }
}
