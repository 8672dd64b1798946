package org.kabinet.sms.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kabinet.sms.spi.DeliveryReport;

/**
 * Turns what a provider sends (a callback's query, form or JSON body; a status answer) into delivery
 * reports as {@link HttpDeliverySettings} describe, and tells a genuine callback from a forged one.
 * No I/O: {@link HttpSmsGateway} does the HTTP.
 */
final class DeliveryReportReader {
    private static final int DETAIL_LIMIT = 300;

    private final HttpDeliverySettings settings;
    private final byte[] secretDigest;

    DeliveryReportReader(HttpDeliverySettings settings) {
        this.settings = settings;
        this.secretDigest = settings.callbackSecret() == null || settings.callbackSecret().isEmpty()
                ? null : sha256(settings.callbackSecret());
    }

    /**
     * Whether the request carries the shared secret in the configured query parameter or header.
     * Compared as SHA-256 digests in constant time, so neither the content nor the length of the
     * secret leaks through timing. Without a configured secret nothing is genuine.
     */
    boolean genuine(Map<String, List<String>> query, Map<String, List<String>> headers) {
        if (secretDigest == null) {
            return false;
        }
        String offered = first(query, settings.secretParameter());
        if (offered == null) {
            offered = firstIgnoringCase(headers, settings.secretHeader());
        }
        // MessageDigest.isEqual is constant-time; comparing digests keeps the length out of it too
        return offered != null && MessageDigest.isEqual(secretDigest, sha256(offered));
    }

    /**
     * The reports of a callback: fields from a JSON body (an object, or an array of objects for
     * several reports), else from a form body, else from the query.
     */
    List<DeliveryReport> fromCallback(Map<String, List<String>> query, String body) {
        String text = body == null ? "" : body.strip();
        List<UnaryOperator<String>> sources = new ArrayList<>();
        if (text.startsWith("{") || text.startsWith("[")) {
            Object json;
            try {
                json = JsonValues.parse(text);
            } catch (IllegalArgumentException e) {
                json = null;
            }
            Iterable<?> items = JsonValues.elements(json);
            if (items != null) {
                for (Object item : items) {
                    sources.add(path -> JsonValues.find(item, path));
                }
            } else if (json != null) {
                Object root = json;
                sources.add(path -> JsonValues.find(root, path));
            }
        } else if (text.contains("=")) {
            Map<String, List<String>> form = form(text);
            sources.add(field -> first(form, field) != null ? first(form, field) : first(query, field));
        }
        if (sources.isEmpty()) {
            sources.add(field -> first(query, field));
        }
        List<DeliveryReport> reports = new ArrayList<>();
        for (UnaryOperator<String> fields : sources) {
            String id = fields.apply(settings.idField());
            if (id != null && !id.isBlank()) {
                report(id.strip(), fields).ifPresent(reports::add);
            }
        }
        return reports;
    }

    /** The report in a status answer about one SMS, if its status is final; {@code {id}} in the field paths is that SMS's id. */
    Optional<DeliveryReport> fromStatusAnswer(String providerMessageId, String body) {
        String text = body == null ? "" : body.strip();
        UnaryOperator<String> fields;
        if (text.startsWith("{") || text.startsWith("[")) {
            Object json;
            try {
                json = JsonValues.parse(text);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            fields = path -> JsonValues.find(json, path.replace("{id}", providerMessageId));
        } else if (text.contains("=")) {
            Map<String, List<String>> form = form(text);
            fields = field -> first(form, field);
        } else {
            // a bare status word or code as the whole answer
            fields = field -> field.equals(settings.statusField()) ? text : null;
        }
        return report(providerMessageId, fields);
    }

    private Optional<DeliveryReport> report(String id, UnaryOperator<String> fields) {
        String status = fields.apply(settings.statusField());
        if (status == null) {
            return Optional.empty();
        }
        DeliveryReport.Status meaning;
        if (contains(settings.deliveredValues(), status)) {
            meaning = DeliveryReport.Status.DELIVERED;
        } else if (contains(settings.failedValues(), status)) {
            meaning = DeliveryReport.Status.FAILED;
        } else {
            return Optional.empty(); // still under way
        }
        String detail = plain(settings.statusField()) + "=" + status.strip();
        String extra = blank(settings.detailField()) ? null : fields.apply(settings.detailField());
        if (extra != null && !extra.isBlank()) {
            detail += ", " + plain(settings.detailField()) + "=" + extra.strip();
        }
        Instant at = blank(settings.timeField()) ? null : time(fields.apply(settings.timeField()));
        return Optional.of(new DeliveryReport(id, meaning, at,
                detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail));
    }

    /** Unix seconds, Unix milliseconds or ISO-8601 with an offset; null for anything else (a local time of unknown zone). */
    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{9,10}")) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        if (v.matches("\\d{12,13}")) {
            return Instant.ofEpochMilli(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Map<String, List<String>> form(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).strip();
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!name.isEmpty()) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            } catch (IllegalArgumentException malformedEscape) {
                // skip the pair
            }
        }
        return fields;
    }

    private static String first(Map<String, List<String>> values, String name) {
        if (values == null || name == null || name.isBlank()) {
            return null;
        }
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private static String firstIgnoringCase(Map<String, List<String>> values, String name) {
        if (values == null || name == null || name.isBlank()) {
            return null;
        }
        return values.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(l -> l != null && !l.isEmpty()).map(l -> l.get(0)).findFirst().orElse(null);
    }

    private static boolean contains(List<String> values, String status) {
        String s = status.strip();
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(s));
    }

    /** The last key of a path, for the detail text ({@code sms.{id}.status_code} → {@code status_code}). */
    private static String plain(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
