package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.MetersFixture.TENANT;
import static org.kabinet.meters.impl.MetersFixture.day;
import static org.kabinet.meters.impl.MetersFixture.values;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MetersListener;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;

/** What {@link MetersListener}s hear of readings, over the real persistence unit. */
class MetersListenerTest {
    private MetersFixture f;
    private Meter water;
    private final Heard heard = new Heard();

    /** Keeps what it heard, as "accepted" or "flagged" with the notice. */
    private static final class Heard implements MetersListener {
        final List<String> kinds = new ArrayList<>();
        final List<ReadingNotice> notices = new ArrayList<>();

        @Override
        public void readingAccepted(ReadingNotice notice) {
            kinds.add("accepted");
            notices.add(notice);
        }

        @Override
        public void readingFlagged(ReadingNotice notice) {
            kinds.add("flagged");
            notices.add(notice);
        }

        void clear() {
            kinds.clear();
            notices.clear();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture();
        water = f.coldWater();
        f.data.listeners().add(heard);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Reading send(String... values) {
        return f.tenant.submit(TENANT, water.id(), new Submission(values(values), null), ReadingSource.CABINET, TENANT);
    }

    @Test
    void anAcceptedReadingIsHeardOnceWithWhatAnIntegratorNeeds() {
        f.on(day("2026-01-22"));
        Reading r = send("12.5");
        assertEquals(ReadingStatus.ACCEPTED, r.status());
        assertEquals(List.of("accepted"), heard.kinds);
        assertEquals(new ReadingNotice(r.id(), "acc-1", water.id(), Resource.COLD_WATER, values("12.500"), day("2026-01-22"),
                YearMonth.of(2026, 1), ReadingSource.CABINET, null), heard.notices.get(0));

        Reading byStaff = f.admin.submit(water.id(), new Submission(values("13"), day("2026-01-21")), "controller");
        assertEquals(List.of("accepted", "accepted"), heard.kinds);
        assertEquals(byStaff.id(), heard.notices.get(1).readingId());
        assertEquals(ReadingSource.STAFF, heard.notices.get(1).source());
        assertEquals(day("2026-01-21"), heard.notices.get(1).takenOn());
    }

    @Test
    void anImportIsHeardReadingByReading() {
        f.on(day("2026-01-22"));
        ImportResult result = f.admin.importReadings("""
                serial;takenOn;zone1
                CW-1;2026-01-20;5
                CW-1;2026-01-21;7
                """.getBytes(StandardCharsets.UTF_8), "controller");
        assertEquals(new ImportResult(2, List.of()), result);
        assertEquals(List.of("accepted", "accepted"), heard.kinds);
        assertEquals(List.of(values("5.000"), values("7.000")), heard.notices.stream().map(ReadingNotice::values).toList());
        assertTrue(heard.notices.stream().allMatch(n -> n.source() == ReadingSource.IMPORT));
    }

    @Test
    void aFlaggedReadingIsHeardWithItsReasonAndAgainAsAcceptedWhenStaffAcceptIt() {
        Meter meter = historyOfThreeAMonth();
        heard.clear();
        f.on(day("2026-06-21"));
        Reading flagged = f.tenant.submit(TENANT, meter.id(), new Submission(values("40"), null), ReadingSource.TOKEN, "Home Assistant");
        assertEquals(ReadingStatus.FLAGGED, flagged.status());
        assertEquals(List.of("flagged"), heard.kinds);
        assertEquals(new ReadingNotice(flagged.id(), "acc-1", meter.id(), Resource.COLD_WATER, values("40.000"), day("2026-06-21"),
                YearMonth.of(2026, 6), ReadingSource.TOKEN, flagged.reason()), heard.notices.get(0));
        assertTrue(heard.notices.get(0).reason().startsWith("Расход 25\u00a0м³"), heard.notices.get(0).reason());

        f.admin.review(flagged.id(), true, null, "manager");
        assertEquals(List.of("flagged", "accepted"), heard.kinds);
        ReadingNotice accepted = heard.notices.get(1);
        assertEquals(flagged.id(), accepted.readingId());
        assertEquals(ReadingSource.TOKEN, accepted.source(), "how it came in, not who reviewed it");
        assertNull(accepted.reason());
    }

    @Test
    void aFlaggedReadingStaffRejectIsNotHeardAgain() {
        Meter meter = historyOfThreeAMonth();
        heard.clear();
        f.on(day("2026-06-21"));
        Reading flagged = f.tenant.submit(TENANT, meter.id(), new Submission(values("40"), null), ReadingSource.CABINET, TENANT);
        f.admin.review(flagged.id(), false, "на фото счётчика 16", "manager");
        assertEquals(List.of("flagged"), heard.kinds);
    }

    @Test
    void aRefusedReadingIsNotHeard() {
        f.on(day("2026-01-22"));
        send("10");
        f.on(day("2026-02-21"));
        heard.clear();
        assertThrows(ValidationException.class, () -> send("-1"));
        Reading lower = send("5"); // below January's 10
        assertEquals(ReadingStatus.REJECTED, lower.status(), "stored, so the tenant sees why, but it does not count");
        assertTrue(heard.kinds.isEmpty(), heard.kinds.toString());
    }

    @Test
    void aListenerThatThrowsRollsTheReadingBack() {
        f.data.listeners().add(new MetersListener() {
            @Override
            public void readingAccepted(ReadingNotice notice) {
                throw new IllegalStateException("outbox down");
            }
        });
        f.on(day("2026-01-22"));
        assertThrows(IllegalStateException.class, () -> send("10"));
        assertThrows(IllegalStateException.class, () -> f.admin.importReadings("""
                serial;takenOn;zone1
                CW-1;2026-01-20;5
                """.getBytes(StandardCharsets.UTF_8), "controller"));
        assertTrue(f.tenant.history(TENANT, water.id()).isEmpty(), "nothing is stored that a listener did not hear");
        assertTrue(f.admin.audit(10).stream().noneMatch(a -> a.action().equals("READINGS_IMPORTED")));
    }

    /** A cold-water meter of acc-1 installed 15.12.2025 with readings January–May, 3 a month; the clock on 01.06.2026. */
    private Meter historyOfThreeAMonth() {
        Meter meter = f.admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-2", "ванная", 1, 5, day("2025-12-15"), null, values("0")), "m");
        f.on(day("2026-06-01"));
        for (int month = 1; month <= 5; month++) {
            f.admin.submit(meter.id(), new Submission(values(String.valueOf(3 * month)), LocalDate.of(2026, month, 21)), "controller");
        }
        return meter;
    }
}
