package org.kabinet.rest.api;

import javax.servlet.http.HttpServletRequest;

/**
 * The client's address, exactly as the core's access filter reads it for its per-address limits and
 * the security audit: the peer's address, unless the peer is the one trusted reverse proxy
 * ({@code trustedProxy} of {@code etc/org.kabinet.rest.cfg}, none by default), whose
 * {@code X-Forwarded-For} then names the client by its last hop — the one that proxy added itself,
 * which a client cannot forge. The filter stores the address on every API request before any resource
 * runs; a resource takes {@code @Context HttpServletRequest http} and asks {@code ClientAddress.of(http)}.
 */
public final class ClientAddress {
    /** The request attribute the core's access filter stores the client's address under. */
    public static final String ATTRIBUTE = "org.kabinet.rest.api.ClientAddress";

    private ClientAddress() {
    }

    /**
     * The client's address of an API request as the core established it; outside the API (no filter ran)
     * the peer's address; empty for no request.
     */
    public static String of(HttpServletRequest request) {
        if (request == null) {
            return "";
        }
        if (request.getAttribute(ATTRIBUTE) instanceof String address) {
            return address;
        }
        String peer = request.getRemoteAddr();
        return peer == null ? "" : peer;
    }

    /** The rule itself: the peer, or the trusted proxy's last {@code X-Forwarded-For} hop. */
    public static String of(String peer, String forwardedFor, String trustedProxy) {
        String proxy = trustedProxy == null ? "" : trustedProxy.strip();
        if (!proxy.isEmpty() && proxy.equals(peer) && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return peer == null ? "" : peer;
    }
}
