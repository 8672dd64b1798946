package org.kabinet.sms.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How one provider reports delivery, if at all.
 *
 * <p>{@link Mode#CALLBACK}: the provider calls {@code /api/v1/sms/delivery/http}; a request is genuine
 * when its query parameter {@code secretParameter} or its header {@code secretHeader} equals
 * {@code callbackSecret}. {@link Mode#POLL}: the gateway GETs {@code statusUrl} with {@code {id}}
 * replaced by the provider's message id (and the same authentication as sending), at most once per
 * {@code pollInterval} for each SMS.
 *
 * <p>Both read the same fields from the provider's form fields, query or JSON ({@code idField},
 * {@code statusField}; optional {@code timeField} and {@code detailField}; a dotted path such as
 * {@code sms.{id}.status_code} for nested JSON). A status among {@code deliveredValues} means
 * delivered, among {@code failedValues} failed for good (compared without regard to case); any other
 * is a status still under way and reports nothing.
 */
public record HttpDeliverySettings(Mode mode, String callbackSecret, String secretParameter, String secretHeader,
                                   String idField, String statusField, String timeField, String detailField,
                                   List<String> deliveredValues, List<String> failedValues,
                                   String statusUrl, Duration pollInterval) {

    public enum Mode {
        NONE, CALLBACK, POLL;

        /** {@code none}, {@code callback} or {@code poll} in any case; anything else is empty. */
        static java.util.Optional<Mode> parse(String text) {
            String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst();
        }
    }

    public HttpDeliverySettings {
        deliveredValues = List.copyOf(deliveredValues);
        failedValues = List.copyOf(failedValues);
    }

    /** The provider reports nothing (the default). */
    public static HttpDeliverySettings none() {
        return new HttpDeliverySettings(Mode.NONE, "", "secret", "X-Kabinet-Secret", "id", "status", "", "",
                List.of(), List.of(), "", Duration.ofMinutes(5));
    }

    /** Values of a comma-separated configuration list, trimmed, without empty ones. */
    static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        // the secret stays out of logs, and a status URL may carry credentials in its query
        return "HttpDeliverySettings[" + mode + (mode == Mode.POLL
                ? " " + statusUrl.replaceAll("\\?.*", "?…") + " every " + pollInterval.toSeconds() + " s" : "")
                + (mode == Mode.CALLBACK ? ", secret " + (callbackSecret.isEmpty() ? "missing" : "set") : "") + "]";
    }
}
