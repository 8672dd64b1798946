package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.rest.api.PersonalTokens;

/** A personal token whose tenant deleted the cabinet opens nothing, whether or not its module erased it yet. */
class DeletedTenantTokenTest {
    private static final Tenant ANNA = new Tenant("t-anna", "anna@example.ru", true, Instant.EPOCH, Instant.EPOCH, "");

    /** The directory as registration keeps it: deleted tenants are not found. */
    private static TenantDirectory directory(Tenant... live) {
        return new TenantDirectory() {
            @Override
            public List<Tenant> list() {
                return List.of(live);
            }

            @Override
            public Optional<Tenant> find(String id) {
                return List.of(live).stream().filter(t -> t.id().equals(id)).findFirst();
            }
        };
    }

    @Test
    void aLiveTenantsTokenIsAccepted() {
        PersonalTokens.Holder holder = new PersonalTokens.Holder("t-anna", "Home Assistant", false);
        assertEquals(Optional.of(holder), AccessFilter.live(Optional.of(holder), directory(ANNA)));
    }

    @Test
    void aDeletedTenantsTokenIsNot() {
        PersonalTokens.Holder holder = new PersonalTokens.Holder("t-deleted", "Home Assistant", false);
        assertTrue(AccessFilter.live(Optional.of(holder), directory(ANNA)).isEmpty());
        assertTrue(AccessFilter.live(Optional.empty(), directory(ANNA)).isEmpty());
    }
}
