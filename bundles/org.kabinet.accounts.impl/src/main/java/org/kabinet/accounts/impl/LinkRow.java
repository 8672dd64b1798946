package org.kabinet.accounts.impl;

import java.time.Instant;

/** A tenant's link to an account. */
public final class LinkRow {
    public String tenantId;
    public String accountId;
    public Instant linkedAt;
}
