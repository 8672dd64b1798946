package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kabinet.meters.impl.MetersFixture.day;
import static org.kabinet.meters.impl.MetersFixture.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.Resource;

/** Staff's meter lists a page at a time, and the meters a screen names read together. */
class MeterPagingTest {
    private MetersFixture f;
    private final List<Meter> added = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture();
        f.on(day("2026-11-10"));
        for (int i = 0; i < 7; i++) {
            added.add(f.admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-" + i, "кухня", 1, 5, day("2026-01-01"),
                    day("2032-01-01"), values("1")), "manager"));
            f.on(day("2026-11-10").plusDays(i + 1));
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theAuditPagesNewestFirst() {
        List<MeterAudit> all = f.admin.audit(1000);
        assertEquals(all.size(), f.admin.countAudit());
        List<MeterAudit> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            paged.addAll(f.admin.audit(offset, 3));
        }
        assertEquals(all, paged);
        assertEquals("page", assertThrows(ValidationException.class, () -> f.admin.audit(-1, 3)).field());
    }

    @Test
    void everyMeterPagedInTheStaffOrder() {
        f.admin.add(new MeterInput("acc-1", Resource.HOT_WATER, "HW-1", "ванная", 1, 5, day("2026-01-01"), day("2032-01-01"),
                values("1")), "manager");
        f.admin.archive(added.get(3).id(), "manager");
        List<Meter> all = f.admin.meters((String) null);
        assertEquals(all.size(), f.admin.countMeters());
        List<Meter> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            paged.addAll(f.admin.meters(offset, 3));
        }
        assertEquals(all, paged);
        assertEquals(added.get(3).id(), paged.get(paged.size() - 1).id(), "the archived meter last");
    }

    @Test
    void metersByIdTogetherAndTheUnknownLeftOut() {
        Map<String, Meter> found = f.admin.metersById(List.of(added.get(0).id(), added.get(5).id(), "no-such-meter"));
        assertEquals(Map.of(added.get(0).id(), added.get(0), added.get(5).id(), added.get(5)), found);
        assertEquals(Map.of(), f.admin.metersById(List.of()));
    }

    @Test
    void anEmptyReviewQueuePage() {
        assertEquals(0, f.admin.countReviewQueue());
        assertEquals(List.of(), f.admin.reviewQueue(0, 50));
    }
}
