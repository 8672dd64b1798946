package org.kabinet.sms.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sms.log holds codes: one file a day, the oldest deleted. */
class SmsLogFileTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    @TempDir
    Path folder;

    private SmsLogFile at(String instant, int keepDays) {
        return new SmsLogFile(folder.resolve("sms").resolve("sms.log"), keepDays, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                ZONE);
    }

    private Path log() {
        return folder.resolve("sms").resolve("sms.log");
    }

    @Test
    void theFirstSmsOfADayMovesYesterdaysLinesToTheirOwnFile() throws Exception {
        at("2026-11-24T10:00:00Z", 30).append("code 111111\n");
        at("2026-11-24T11:00:00Z", 30).append("code 222222\n");
        Files.setLastModifiedTime(log(), FileTime.from(Instant.parse("2026-11-24T11:00:00Z")));

        at("2026-11-25T10:00:00Z", 30).append("code 333333\n");

        assertEquals("code 333333\n", Files.readString(log()));
        assertEquals("code 111111\ncode 222222\n", Files.readString(log().resolveSibling("sms-2026-11-24.log")));
    }

    @Test
    void dayFilesOlderThanKeepDaysAreDeleted() throws Exception {
        Files.createDirectories(log().getParent());
        for (String day : List.of("2026-10-25", "2026-10-26", "2026-11-20")) {
            Files.writeString(log().resolveSibling("sms-" + day + ".log"), "old code\n");
        }
        Path other = Files.writeString(log().resolveSibling("notes.txt"), "not ours");
        Files.writeString(log(), "yesterday\n");
        Files.setLastModifiedTime(log(), FileTime.from(Instant.parse("2026-11-24T11:00:00Z")));

        at("2026-11-25T10:00:00Z", 30).append("today\n");

        assertFalse(Files.exists(log().resolveSibling("sms-2026-10-25.log")), "31 days old");
        assertTrue(Files.exists(log().resolveSibling("sms-2026-10-26.log")), "30 days old");
        assertTrue(Files.exists(log().resolveSibling("sms-2026-11-20.log")));
        assertTrue(Files.exists(log().resolveSibling("sms-2026-11-24.log")));
        assertTrue(Files.exists(other));
    }

    @Test
    void atStartOldFilesGoEvenWithNoSmsToSend() throws Exception {
        Files.createDirectories(log().getParent());
        Files.writeString(log().resolveSibling("sms-2026-01-01.log"), "old code\n");
        Files.writeString(log(), "old lines\n");
        Files.setLastModifiedTime(log(), FileTime.from(Instant.parse("2026-01-02T11:00:00Z")));

        at("2026-11-25T10:00:00Z", 30).clean();

        try (Stream<Path> files = Files.list(log().getParent())) {
            assertEquals(0, files.count());
        }
        SmsLogFile recent = at("2026-11-25T10:00:00Z", 30);
        recent.append("today\n");
        recent.clean();
        assertTrue(Files.exists(log()), "today's lines stay");
    }

    @Test
    void zeroKeepsEveryDayFile() throws Exception {
        Files.createDirectories(log().getParent());
        Files.writeString(log().resolveSibling("sms-2025-01-01.log"), "old code\n");
        Files.writeString(log(), "yesterday\n");
        Files.setLastModifiedTime(log(), FileTime.from(Instant.parse("2026-11-24T11:00:00Z")));

        SmsLogFile keepAll = at("2026-11-25T10:00:00Z", 0);
        keepAll.clean();
        keepAll.append("today\n");

        assertTrue(Files.exists(log().resolveSibling("sms-2025-01-01.log")), "0 keeps, as every retention setting");
        assertEquals("yesterday\n", Files.readString(log().resolveSibling("sms-2026-11-24.log")));
    }
}
