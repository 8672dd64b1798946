package org.kabinet.sms.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code sms.log}, one file a day: the first line of a new day moves the previous day's file to
 * {@code sms-<yyyy-MM-dd>.log} and deletes the day files older than {@code keepDays}. The lines hold
 * the SMS texts — codes included, this being the log gateway's "delivered SMS" — so they must not
 * pile up forever.
 */
final class SmsLogFile {
    private static final Pattern DAY_FILE = Pattern.compile("sms-(\\d{4}-\\d{2}-\\d{2})\\.log");

    private final Path file;
    private final int keepDays;
    private final Clock clock;
    private final ZoneId zone;

    /** @param keepDays day files kept besides today's; 0 = all of them (like every retention setting: 0 keeps) */
    SmsLogFile(Path file, int keepDays, Clock clock, ZoneId zone) {
        this.file = file;
        this.keepDays = Math.max(0, keepDays);
        this.clock = clock;
        this.zone = zone;
    }

    Path file() {
        return file;
    }

    synchronized void append(String line) throws IOException {
        Files.createDirectories(file.getParent());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (Files.exists(file)) {
            LocalDate written = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            if (written.isBefore(today)) {
                Files.move(file, file.resolveSibling("sms-" + written + ".log"), StandardCopyOption.REPLACE_EXISTING);
                if (keepDays > 0) {
                    deleteDaysBefore(today.minusDays(keepDays));
                }
            }
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Deletes the day files of days before {@code first}; also run at start, for a portal that sent nothing for long. */
    synchronized void deleteDaysBefore(LocalDate first) throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path day : (Iterable<Path>) files::iterator) {
                Matcher m = DAY_FILE.matcher(day.getFileName().toString());
                if (m.matches() && parse(m.group(1)).isBefore(first)) {
                    Files.deleteIfExists(day);
                }
            }
        }
    }

    /** At start: old day files go, and a {@code sms.log} of an earlier day older than that too. */
    void clean() throws IOException {
        if (keepDays == 0) {
            return;
        }
        LocalDate first = LocalDate.now(clock.withZone(zone)).minusDays(keepDays);
        deleteDaysBefore(first);
        if (Files.exists(file) && LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone).isBefore(first)) {
            Files.deleteIfExists(file);
        }
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return LocalDate.MAX; // not ours to delete
        }
    }
}
