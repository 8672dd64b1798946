package org.kabinet.accounts.impl;

/**
 * How many failed linking attempts an hour one tenant and one client address may make before every
 * attempt is refused unchecked (429); see {@link LinkThrottle}.
 */
public record LinkLimits(int perTenantPerHour, int perClientPerHour) {
    /** 10 a tenant, 60 a client address. */
    public static final LinkLimits DEFAULT = new LinkLimits(LinkThrottle.TENANT_LIMIT, 60);

    /**
     * The configured limits; a value below 1 (which would refuse every attempt, or make the component fail to
     * start) takes the default.
     */
    public static LinkLimits orDefaults(int perTenantPerHour, int perClientPerHour) {
        return new LinkLimits(perTenantPerHour < 1 ? DEFAULT.perTenantPerHour() : perTenantPerHour,
                perClientPerHour < 1 ? DEFAULT.perClientPerHour() : perClientPerHour);
    }

    public LinkLimits {
        if (perTenantPerHour < 1 || perClientPerHour < 1) {
            throw new IllegalArgumentException("link limits must be at least 1");
        }
    }
}
