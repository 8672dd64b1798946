package org.kabinet.notifications.impl;

import static org.kabinet.kernel.text.JsonStrings.quoted;

import java.util.Map;
import java.util.TreeMap;
import org.kabinet.notifications.api.WebhookEvent;

/**
 * The body of a webhook: {@code {"id","type","occurredAt","data":{…}}}, data's keys sorted. It is written once,
 * when the event is queued, so every retry sends the same bytes.
 */
public final class WebhookJson {
    private WebhookJson() {
    }

    public static String of(WebhookEvent event) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"id\":").append(quoted(event.id()))
                .append(",\"type\":").append(quoted(event.type()))
                .append(",\"occurredAt\":").append(quoted(event.occurredAt().toString()))
                .append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(event.data()).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(quoted(e.getKey())).append(':').append(quoted(e.getValue()));
        }
        return json.append("}}").toString();
    }
}
