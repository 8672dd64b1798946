package org.kabinet.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/** Gives the configured {@link CompanyProfile}. */
@ProviderType
public interface Company {
    CompanyProfile profile();
}
