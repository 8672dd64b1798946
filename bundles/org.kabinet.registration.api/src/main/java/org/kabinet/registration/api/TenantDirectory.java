package org.kabinet.registration.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to tenants for staff tools and other modules. */
@ProviderType
public interface TenantDirectory {
    List<Tenant> list();

    Optional<Tenant> find(String id);
}
