package org.kabinet.communication.api;

/** How many an audience reaches now: accounts, tenants linked to them, of them with a confirmed phone. */
public record AudienceSize(int accounts, int tenants, int withPhone) {
}
