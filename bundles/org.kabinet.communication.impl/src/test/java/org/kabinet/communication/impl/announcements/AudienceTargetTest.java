package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.communication.api.AudienceKind;

class AudienceTargetTest {
    private static final AudienceAccount FLAT_1 = new AudienceAccount("a1", "8600001", "khm", "ул. Мира, д. 5, кв. 1");
    private static final AudienceAccount FLAT_12 = new AudienceAccount("a2", "8600002", "khm", "ул. мира,  д. 5, кв. 12");
    private static final AudienceAccount HOUSE_55 = new AudienceAccount("a3", "8600003", "khm", "ул. Мира, д. 55, кв. 3");
    private static final AudienceAccount SURGUT = new AudienceAccount("a4", "5500001", "surgut", "ул. Мира, д. 5, кв. 1");
    private static final List<AudienceAccount> ALL = List.of(FLAT_1, FLAT_12, HOUSE_55, SURGUT);

    private static AudienceTarget building(String address) {
        return new AudienceTarget(AudienceKind.BUILDING, "khm", address, Map.of());
    }

    @Test
    void aBuildingHoldsItsFlatsNotTheHouseWithALongerNumber() {
        assertTrue(AudienceTarget.inBuilding("ул. мира,  д. 5, кв. 12", "ул. Мира, д. 5"));
        assertTrue(AudienceTarget.inBuilding("ул. Мира, д. 5", "ул. Мира, д. 5"), "a house with one account and no flats");
        assertTrue(AudienceTarget.inBuilding("  УЛ. МИРА , Д. 5 ,кв. 1", "ул. Мира, д. 5"));
        assertTrue(AudienceTarget.inBuilding("ул. Мира, д. 5, кв. 1", "ул. Мира, д. 5,"), "a trailing comma in the building");
        assertTrue(AudienceTarget.inBuilding("ул. Лётная, д. 2, кв. 1", "ул. Летная, д. 2"), "ё and е alike");
        assertFalse(AudienceTarget.inBuilding("ул. Мира, д. 55", "ул. Мира, д. 5"));
        assertFalse(AudienceTarget.inBuilding("ул. Мира, д. 5а, кв. 1", "ул. Мира, д. 5"));
        assertFalse(AudienceTarget.inBuilding("ул. Мира, д. 5/1, кв. 1", "ул. Мира, д. 5"));
        assertFalse(AudienceTarget.inBuilding("ул. Мира, д. 5", " "));
        assertFalse(AudienceTarget.inBuilding(null, "ул. Мира, д. 5"));
    }

    @Test
    void eachKindSelectsItsAccounts() {
        assertEquals(ALL, AudienceTarget.everyone().select(ALL));
        assertEquals(List.of(FLAT_1, FLAT_12, HOUSE_55), new AudienceTarget(AudienceKind.CITY, "khm", null, Map.of()).select(ALL));
        assertEquals(List.of(FLAT_1, FLAT_12), building("ул. Мира, д. 5").select(ALL), "same address in another city is not in it");
        assertEquals(List.of(HOUSE_55), building("ул. Мира, д. 55").select(ALL));
        assertEquals(List.of(FLAT_12, SURGUT),
                new AudienceTarget(AudienceKind.ACCOUNTS, null, null, Map.of("a2", "8600002", "a4", "5500001")).select(ALL));
    }

    @Test
    void reachGroupsTheAudiencesAccountsByTenantWithTheirPhone() {
        List<AccountHolder> holders = List.of(
                new AccountHolder("a1", "t1", "9120000001"),
                new AccountHolder("a4", "t1", "9120000001"),
                new AccountHolder("a2", "t2", null),
                new AccountHolder("a2", "t5", "9120000005"),
                new AccountHolder("a3", "t3", "9120000003"));
        Reach reach = Reach.of(building("ул. Мира, д. 5"), ALL, holders);
        assertEquals(List.of(FLAT_1, FLAT_12), reach.accounts());
        assertEquals(List.of("t1", "t2", "t5"), List.copyOf(reach.tenants().keySet()));
        assertEquals(List.of(FLAT_1), reach.tenants().get("t1").accounts(), "only the accounts in the audience");
        assertNull(reach.tenants().get("t2").verifiedPhone());
        assertEquals(2, reach.withPhone());
        Reach everyone = Reach.of(AudienceTarget.everyone(), ALL, holders);
        assertEquals(List.of(FLAT_1, SURGUT), everyone.tenants().get("t1").accounts());
        assertEquals(4, everyone.tenants().size());
    }

    @Test
    void theAudienceAsStaffWroteIt() {
        AudienceTarget target = new AudienceTarget(AudienceKind.ACCOUNTS, null, null, Map.of("a2", "8600002"));
        assertEquals(List.of("8600002"), target.audience().accountNumbers());
        assertEquals(List.of(), building("ул. Мира, д. 5").audience().accountNumbers());
        assertEquals("ул. Мира, д. 5", building("ул. Мира, д. 5").audience().building());
    }
}
